// Used when a page is built (vite.config.ts, the benchmark's pages, a site generator): Node or a page.

/**
 * Writes `parley-first.js` into the page itself: `code` (the file's text) replaces the page's
 * `<script src="…parley-first.js"></script>`, its `<link rel="preload">` goes, and when the page
 * has a Content-Security-Policy in a `<meta>`, the script's SHA-256 hash joins its `script-src`, so
 * that the policy still allows no other inline script.
 *
 * Why: a parser-blocking script from a file stops the parser where it stands, even when the file
 * has already arrived, and the browser lays the page out before it hears that the script is
 * there; written inline, the script runs as the parser reaches it and the first screenful answers
 * in the first frame. Measured at the demo's size (bench page, 21 navigations each, alternating,
 * medians): turns answer a click at 92 ms instead of 118 ms after navigation, and the media element
 * knows the recording's duration at 125 ms instead of 146 ms (docs/performance.md).
 *
 * Throws when the page has no such script, or when `code` could end the `<script>` element.
 */
export async function inlineFirstScript(html: string, code: string): Promise<string> {
  const tag = /<script\b[^>]*\bsrc="[^"]*parley-first\.js"[^>]*><\/script>/;
  if (!tag.test(html)) throw new Error('inlineFirstScript: the page has no <script src="…parley-first.js"></script> to replace');
  if (/<\/script|<!--/i.test(code)) throw new Error('inlineFirstScript: the code holds "</script" or "<!--", which would end or hide the inline script');
  let out = html
    .replace(tag, () => `<script>${code}</script>`)
    .replace(/[ \t]*<link\b[^>]*\brel="preload"[^>]*\bhref="[^"]*parley-first\.js"[^>]*>\n?/g, '');
  const csp = /(<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*\bcontent=")([^"]*)(")/i.exec(out);
  if (csp) {
    const hash = `'sha256-${await sha256Base64(code)}'`;
    const directives = csp[2]!.split(';').map((d) => d.trim()).filter(Boolean);
    const script = directives.findIndex((d) => /^script-src\s/.test(d));
    // Without script-src, scripts fall back to default-src: keep its sources and add the hash.
    const fallback = directives.find((d) => /^default-src\s/.test(d))?.replace(/^default-src/, 'script-src') ?? "script-src 'none'";
    if (script >= 0) directives[script] = `${directives[script]} ${hash}`;
    else directives.push(`${fallback} ${hash}`);
    out = out.slice(0, csp.index) + csp[1] + directives.join('; ') + csp[3] + out.slice(csp.index + csp[0].length);
  }
  return out;
}

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}
