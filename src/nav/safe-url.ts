/**
 * Addresses from outside — a query parameter (`?media=`, `?transcript=`, `?peaks=`), an attribute,
 * a file — are checked before they reach an `href`, a `src` or `fetch`: only `http:`, `https:`,
 * `blob:` (a file the person chose) and relative addresses are let through. `javascript:`,
 * `vbscript:` and `data:` (which can hold a whole HTML page) never are, in any case or with
 * any spaces, tabs or line breaks inside, which browsers ignore when they read an address.
 */

export const ALLOWED_PROTOCOLS: readonly string[] = ['http:', 'https:', 'blob:'];

/**
 * The address as given (without surrounding whitespace) when it is safe to load or link to,
 * else null. Relative addresses are resolved against `base` the way the browser will resolve
 * them (the document's base address: a `srcdoc` frame's own location is `about:srcdoc`), and the
 * scheme it finds is what counts.
 */
export function safeUrl(address: string | null | undefined, base: string = globalThis.document?.baseURI ?? globalThis.location?.href ?? 'http://localhost/'): string | null {
  if (address === null || address === undefined) return null;
  const trimmed = address.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.includes(url.protocol) ? trimmed : null;
}

/** What a person is told when an address is refused. */
export function refusedUrlMessage(what: string, address: string): string {
  const shown = address.length > 80 ? `${address.slice(0, 80)}…` : address;
  return `The ${what} address was not used: “${shown}” is not an http, https or relative address.`;
}

/** decodeURIComponent that gives the text back as it is when a `%` is malformed, instead of throwing. */
export function decodeUriSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
