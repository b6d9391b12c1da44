/**
 * W3C Media Fragments (temporal dimension, Normal Play Time) on a page address:
 * `#t=75`, `#t=1:15,2:30`, `#t=npt:75`, `#t=,30`, `#t=01:02:03.5`.
 * https://www.w3.org/TR/media-frags/#naming-time
 *
 * Reading is strict where a loose reading could mislead (no negative, exponent, hex or
 * "Infinity" times, no end before the start) and lenient where people write times loosely
 * (one-digit minutes: "1:15"). Anything else yields null, never an exception.
 */

export interface TimeRange {
  /** Seconds from the start of the recording. */
  start: number;
  /** Seconds, or null to play on to the end. Always greater than `start`. */
  end: number | null;
}

const SECONDS = /^(\d+)(?:\.(\d*))?$/;
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.(\d*))?$/;

/** One NPT time: "75", "75.5", "1:15", "01:02:03.5". Null when it is not one. */
export function parseNpt(text: string): number | null {
  let m = SECONDS.exec(text);
  if (m) return Number(`${m[1]}.${m[2] || '0'}`);
  m = CLOCK.exec(text);
  if (!m) return null;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(`${m[3]}.${m[4] || '0'}`);
  if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

/** The value of a `t` parameter ("npt:1:15,2:30", ",30"), or null when it is not a valid time range. */
export function parseTimeValue(value: string): TimeRange | null {
  let v = value;
  if (v.startsWith('npt:')) v = v.slice(4);
  const comma = v.indexOf(',');
  const startText = comma < 0 ? v : v.slice(0, comma);
  const endText = comma < 0 ? null : v.slice(comma + 1);
  if (startText === '' && (endText === null || endText === '')) return null;
  const start = startText === '' ? 0 : parseNpt(startText);
  if (start === null) return null;
  if (endText === null) return { start, end: null };
  const end = parseNpt(endText);
  if (end === null || end <= start) return null;
  return { start, end };
}

/**
 * The time range named by a fragment (with or without its '#'), or null when it names none.
 * Other name=value pairs are ignored; of several `t` pairs the last valid one counts, as the
 * specification says.
 */
export function parseMediaFragment(fragment: string): TimeRange | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  let found: TimeRange | null = null;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(pair.slice(0, eq));
      value = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      continue; // A malformed escape ("%E0%A4%A") names nothing.
    }
    if (name !== 't') continue;
    found = parseTimeValue(value) ?? found;
  }
  return found;
}

/** Seconds as a fragment writes them: at most three decimals, no trailing zeros ("75", "845.25"). */
export function formatNpt(seconds: number): string {
  const ms = Math.round(Math.max(0, seconds) * 1000);
  const whole = Math.floor(ms / 1000);
  const frac = ms % 1000;
  return frac ? `${whole}.${String(frac).padStart(3, '0').replace(/0+$/, '')}` : String(whole);
}

/** The fragment for a time range, without '#': "t=75", "t=75,150". */
export function formatMediaFragment(range: { start: number; end?: number | null }): string {
  const end = range.end ?? null;
  return end === null ? `t=${formatNpt(range.start)}` : `t=${formatNpt(range.start)},${formatNpt(end)}`;
}

/** `href` with its fragment replaced by the one for `range`: "https://x/page?a=1#t=75". */
export function linkAt(href: string, range: { start: number; end?: number | null }): string {
  const hash = href.indexOf('#');
  return `${hash < 0 ? href : href.slice(0, hash)}#${formatMediaFragment(range)}`;
}
