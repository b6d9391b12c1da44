/**
 * The in-page half of the side-by-side benchmark (`npm run bench:player`): installed before any
 * script of the page runs, the same probe measures Parley's page and Hyperaudio Lite's page, so
 * that every figure of the two is taken the same way.
 *
 * It must stay self-contained (no imports, no outer names): it is sent to the page as source text.
 *
 * Words are named `turn:k`, k counting the whitespace-separated words of the turn's text (the
 * speaker's name and time not included), so that the word a page highlights can be compared with
 * the word the media time asks for, whatever the page's markup.
 */
export function installCompareProbe(): void {
  const w = window as unknown as Record<string, unknown>;
  const longtasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported */
  }
  const tokens = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  // ---- The page being measured: Parley's or the peer's ----
  const parley = () => document.querySelector('parley-player') as (HTMLElement & Record<string, unknown>) | null;
  const parleyRoot = () => parley()?.shadowRoot?.querySelector('parley-transcript')?.shadowRoot ?? null;
  // Before the player's code has run, Parley's page plays the <audio> written inside the player.
  const media = (): HTMLMediaElement | null =>
    (parley()?.['mediaElement'] as HTMLMediaElement | null | undefined) ??
    parley()?.querySelector<HTMLMediaElement>(':scope > audio, :scope > video') ??
    document.querySelector<HTMLMediaElement>('#hyperplayer') ??
    // The floor's page: nothing but a media element.
    document.querySelector<HTMLMediaElement>('audio, video');
  /** The first screenful written into Parley's page, until the player takes it over (src/prerender/). */
  const prerendered = () => parley()?.querySelector(':scope > [data-parley-prerendered]') ?? null;
  const playerTurns = (): Element[] => Array.from(parleyRoot()?.querySelectorAll('[role="listitem"]') ?? []);
  const turnEls = (): Element[] => {
    if (parley()) {
      const own = playerTurns();
      return own.length ? own : Array.from(prerendered()?.querySelectorAll('[role="listitem"]') ?? []);
    }
    return Array.from(document.querySelectorAll('#hypertranscript p'));
  };
  let turnIndex: Map<Element, number> | null = null;
  const turnOf = (el: Element): number => {
    if (!turnIndex || !turnIndex.has(el)) turnIndex = new Map(turnEls().map((t, i) => [t, i]));
    return turnIndex.get(el) ?? -1;
  };

  /** The word the page shows as current, as `turn:k`, or '' for none. */
  const shownKey = (): string => {
    const root = parleyRoot();
    if (root) {
      const highlight = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights.get('parley-word') : undefined;
      let range: AbstractRange | null = null;
      if (highlight) for (const r of highlight as unknown as Iterable<AbstractRange>) range = r;
      // Older renderings marked the word with a class.
      const marked = range ? null : root.querySelector('.s > .on');
      const start = range ? range.startContainer : marked;
      if (!start) return '';
      const turnEl = (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest('[role="listitem"]');
      if (!turnEl) return '';
      let k = 0;
      for (const s of Array.from(turnEl.querySelectorAll('.s'))) {
        if (!s.contains(start)) {
          k += tokens(s.textContent ?? '');
          continue;
        }
        const before = document.createRange();
        before.setStart(s, 0);
        if (range) before.setEnd(range.startContainer, range.startOffset);
        else before.setEndBefore(marked!);
        k += tokens(before.toString());
        break;
      }
      return `${turnOf(turnEl)}:${k}`;
    }
    const active = document.querySelector('#hypertranscript span.active[data-m]');
    if (!active) return '';
    const p = active.parentElement!;
    let k = 0;
    for (let c = p.firstChild; c && c !== active; c = c.nextSibling) {
      if (c.nodeType === 1 && (c as Element).classList.contains('speaker')) continue;
      k += tokens(c.textContent ?? '');
    }
    return `${turnOf(p)}:${k}`;
  };

  // ---- What the media time asks for ----
  let table: { starts: number[]; ends: number[]; keys: string[] } = { starts: [], ends: [], keys: [] };
  const lastAtOrBefore = (a: number[], x: number) => {
    let lo = 0;
    let hi = a.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid]! <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  /** True when `key` is right for media time t: the word spoken, or in a pause none or the word before. */
  const rightFor = (key: string, t: number) => {
    const i = lastAtOrBefore(table.starts, t);
    if (i < 0) return key === '';
    if (t < table.ends[i]!) return key === table.keys[i];
    return key === '' || key === table.keys[i];
  };

  // ---- Every frame: load milestones and, while sampling, the word shown against the media time ----
  const expectTurns = Number(new URLSearchParams(location.search).get('turns') ?? '0');
  const state = {
    interactive: NaN,
    /** Parley: the player's own turns in the page, with its time index (the first screenful taken over). */
    takenOver: NaN,
    /** The first frame in which the media element knows its duration (both pages wait for it). */
    mediaKnown: NaN,
    wired: NaN,
    /** The first frame painted (the page's own first frame; the floor's blank page has no other milestone). */
    firstFrame: NaN,
    allInPage: NaN,
    frames: 0,
    sampling: false,
    right: 0,
    sampled: 0,
  };
  const afterPaint = (cb: () => void) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = cb;
    ch.port2.postMessage(0);
  };
  const frame = () => {
    state.frames++;
    if (Number.isNaN(state.interactive) || Number.isNaN(state.allInPage) || (parley() && Number.isNaN(state.takenOver))) {
      afterPaint(() => {
        const m = media();
        const own = !!parley()?.['timeIndex'] && playerTurns().length > 0;
        // Wired: the player has its time index, or the first screenful in the HTML answers
        // (parley-first.js marks it); the peer: its constructor returned.
        const wired = parley() ? own || !!prerendered()?.hasAttribute('data-parley-wired') : w['__peerReady'] !== undefined;
        const turns = turnEls().length;
        if (Number.isNaN(state.interactive) && wired && turns > 0 && m && m.readyState >= 1) state.interactive = performance.now();
        if (Number.isNaN(state.takenOver) && own && m && m.readyState >= 1) state.takenOver = performance.now();
        if (Number.isNaN(state.mediaKnown) && m && m.readyState >= 1) state.mediaKnown = performance.now();
        if (Number.isNaN(state.wired) && wired && turns > 0) state.wired = performance.now();
        if (Number.isNaN(state.firstFrame)) state.firstFrame = performance.now();
        if (!Number.isNaN(state.interactive) && Number.isNaN(state.allInPage) && turns >= expectTurns) state.allInPage = performance.now();
      });
    }
    if (state.sampling) {
      const t = media()?.currentTime ?? 0;
      afterPaint(() => {
        if (!state.sampling) return;
        state.sampled++;
        if (rightFor(shownKey(), t)) state.right++;
      });
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  const startPlaying = async (rate: number) => {
    const m = media()!;
    m.playbackRate = rate;
    if (m.paused) await m.play();
    const c0 = m.currentTime;
    for (let i = 0; i < 300 && m.currentTime === c0; i++) await sleep(10);
  };
  const rand = (seed: number) => () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };

  w['__compare'] = {
    setTable(t: typeof table) {
      table = t;
    },
    /** Resolves when every turn is in the page and no long task came for `quietMs`. */
    async loaded(quietMs: number, timeoutMs: number) {
      const t0 = performance.now();
      while ((Number.isNaN(state.interactive) || Number.isNaN(state.allInPage)) && performance.now() - t0 < timeoutMs) await sleep(20);
      for (;;) {
        const last = longtasks.reduce((a, e) => Math.max(a, e.start + e.duration), 0);
        if (performance.now() - Math.max(last, state.allInPage || 0) >= quietMs || performance.now() - t0 > timeoutMs) break;
        await sleep(50);
      }
      const until = (t: number) => longtasks.filter((e) => e.start < t);
      const toInteractive = until(state.interactive);
      const toAll = until(state.allInPage);
      const toTakenOver = until(state.takenOver);
      return {
        interactive: state.interactive,
        takenOver: state.takenOver,
        mediaKnown: state.mediaKnown,
        wired: state.wired,
        firstFrame: state.firstFrame,
        longtasksToTakenOver: parley() ? toTakenOver.length : NaN,
        longestToTakenOver: parley() ? toTakenOver.reduce((a, e) => Math.max(a, e.duration), 0) : NaN,
        allInPage: state.allInPage,
        turns: turnEls().length,
        longtasksToInteractive: toInteractive.length,
        longestToInteractive: toInteractive.reduce((a, e) => Math.max(a, e.duration), 0),
        longtasksToAll: toAll.length,
        longestToAll: toAll.reduce((a, e) => Math.max(a, e.duration), 0),
      };
    },
    /** The floor's pages: the first frame, and when a media element (if any) knew its duration. */
    milestones: () => {
      const toKnown = longtasks.filter((e) => e.start < state.mediaKnown);
      return { firstFrame: state.firstFrame, mediaKnown: state.mediaKnown, longtasksToKnown: toKnown.length, longestToKnown: toKnown.reduce((a, e) => Math.max(a, e.duration), 0) };
    },
    pause: () => media()?.pause(),
    async play(rate: number, ms: number) {
      await startPlaying(rate);
      const f0 = state.frames;
      await sleep(ms);
      return { frames: state.frames - f0 };
    },
    async idle(ms: number) {
      media()?.pause();
      const f0 = state.frames;
      await sleep(ms);
      return { frames: state.frames - f0 };
    },
    /** Plays at `rate` for `ms`; the share of frames that showed the right word. */
    async rightWord(rate: number, ms: number) {
      await startPlaying(rate);
      state.right = 0;
      state.sampled = 0;
      state.sampling = true;
      await sleep(ms);
      state.sampling = false;
      return { right: state.right, frames: state.sampled };
    },
    /** `n` seeks to random times over `ms` while playing: long tasks, and whether each highlight caught up before the next seek. */
    async seekStorm(n: number, ms: number, seed: number) {
      await startPlaying(1);
      const m = media()!;
      const next = rand(seed);
      const t0 = performance.now();
      let caughtUp = 0;
      for (let k = 0; k < n; k++) {
        m.currentTime = next() * (m.duration - 10);
        await sleep(ms / n);
        if (rightFor(shownKey(), m.currentTime)) caughtUp++;
      }
      const t1 = performance.now();
      const lt = longtasks.filter((e) => e.start >= t0 && e.start < t1);
      return { longtasks: lt.length, longest: lt.reduce((a, e) => Math.max(a, e.duration), 0), caughtUp, seeks: n };
    },
    countNodes() {
      let n = 0;
      const walk = (node: Node) => {
        n++;
        const sr = (node as Element).shadowRoot;
        if (sr) walk(sr);
        for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
      };
      walk(document);
      return n;
    },
  };
}
