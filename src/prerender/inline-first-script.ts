// Used when a page is built (vite.config.ts, the benchmark's pages, a site generator): Node or a page.

/**
 * Writes `parley-first.js` into the page itself: `code` (the file's text) replaces the page's
 * `<script src="…parley-first.js"></script>`, its `<link rel="preload">` goes, and when the page
 * has a Content-Security-Policy in a `<meta>` that restricts scripts, the script's SHA-256 hash joins
 * the directives that rule script elements, so that the policy still allows no other inline script.
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
    const policy = withScriptHash(csp[2]!, `'sha256-${await sha256Base64(code)}'`);
    out = out.slice(0, csp.index) + csp[1] + policy + csp[3] + out.slice(csp.index + csp[0].length);
  }
  return out;
}

/**
 * `policy` with `hash` allowed for script elements. A script element obeys `script-src-elem`, else
 * `script-src`, else `default-src`; a policy with none of them, or one whose directive allows any
 * inline script ('unsafe-inline' with no hash or nonce), is left as it is: a hash there would turn
 * 'unsafe-inline' off and block the page's other inline scripts.
 */
function withScriptHash(policy: string, hash: string): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const find = (name: string) => directives.findIndex((d) => d.split(/\s+/)[0]!.toLowerCase() === name);
  const elem = find('script-src-elem');
  const script = find('script-src');
  const fallback = find('default-src');
  const ruling = [elem, script, fallback].find((i) => i >= 0);
  if (ruling === undefined) return policy;
  const sources = directives[ruling]!.split(/\s+/).slice(1);
  if (sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(?:nonce|sha256|sha384|sha512)-/.test(s))) return policy;
  for (const i of [elem, script]) if (i >= 0) directives[i] = `${directives[i]} ${hash}`;
  // Without script-src or script-src-elem, scripts follow default-src: keep its sources, add the hash.
  if (elem < 0 && script < 0) directives.push(`${directives[fallback]!.replace(/^default-src/i, 'script-src')} ${hash}`);
  return directives.join('; ');
}

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}
