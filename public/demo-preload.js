// The demo page's first script, a file of its own (the page's Content-Security-Policy allows no
// inline script): the transcript and peaks download with the player's code, and the
// player's own fetch() of the same address takes the preloaded response. Only http(s) and
// relative addresses are preloaded, as the player itself loads only those (src/nav/safe-url.ts).
(() => {
  const query = new URLSearchParams(location.search);
  const player = document.getElementById('player');
  const own = query.has('media') || query.has('transcript');
  const safe = (address) => {
    try {
      return ['http:', 'https:'].includes(new URL(address.trim(), location.href).protocol);
    } catch {
      return false;
    }
  };
  // The press conference's own recording is the one that plays: its metadata (the duration the
  // player, the clock and the waveform need) downloads now, beside the player's code. A recording
  // named in the address waits for the page's code, which may play it as a video instead.
  // The first screenful written into the page is the press conference's: another transcript named
  // in the address must not show it, even for a moment.
  if (own) player.querySelector('[data-parley-prerendered]')?.remove();
  if (!own) {
    const native = player.querySelector('audio');
    if (native) native.preload = 'metadata';
  }
  for (const name of ['transcript', 'peaks']) {
    const url = own ? query.get(name) : player.getAttribute(`${name}-src`);
    if (!url || !safe(url)) continue;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = url.trim();
    // With the first turns in the page, the recording's metadata comes first: the transcript and
    // peaks are asked for with the player's code, once the page is interactive (src/prerender/priority.ts).
    const later = own ? null : document.querySelector('template[data-parley-after-interactive]');
    if (later) later.content.append(link);
    else document.head.append(link);
  }
})();
