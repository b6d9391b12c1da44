/**
 * Time as people read and hear it.
 * formatClock(42) → "0:42", formatClock(3723) → "1:02:03";
 * formatSpoken(3723) → "1 hour 2 minutes 3 seconds".
 */

function clampSeconds(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
}

function parts(seconds: number): { h: number; m: number; s: number } {
  const total = clampSeconds(seconds);
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

/** "0:42", "14:05", "1:02:03". Whole seconds, rounded down; negative or non-finite reads as 0. */
export function formatClock(seconds: number): string {
  const { h, m, s } = parts(seconds);
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const unitFormats = new Map<string, Record<'hour' | 'minute' | 'second', Intl.NumberFormat>>();

/** "2 minutes" in English, "2 минуты" in Russian: the language's own plural forms, from Intl. */
function unit(n: number, name: 'hour' | 'minute' | 'second', lang: string): string {
  let formats = unitFormats.get(lang);
  if (!formats) {
    const make = (u: string) => {
      try {
        return new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' });
      } catch {
        return new Intl.NumberFormat('en', { style: 'unit', unit: u, unitDisplay: 'long' });
      }
    };
    formats = { hour: make('hour'), minute: make('minute'), second: make('second') };
    unitFormats.set(lang, formats);
  }
  return formats[name].format(n);
}

/**
 * "1 hour 2 minutes 3 seconds", "2 minutes", "0 seconds" (in `lang`, English by default). Zero
 * parts are left out.
 */
export function formatSpoken(seconds: number, lang = 'en'): string {
  const { h, m, s } = parts(seconds);
  const out: string[] = [];
  if (h) out.push(unit(h, 'hour', lang));
  if (m) out.push(unit(m, 'minute', lang));
  if (s || out.length === 0) out.push(unit(s, 'second', lang));
  return out.join(' ');
}

/** A slider's value text: "2 minutes 5 seconds of 24 minutes". */
export function formatSpokenPosition(current: number, duration: number): string {
  return `${formatSpoken(current)} of ${formatSpoken(duration)}`;
}

/**
 * Reads a clock time as people write it: "75", "75.5", "1:15", "1:02:03.250", "00:01:02,345".
 * Returns null when the text is not a time.
 */
export function parseClock(text: string): number | null {
  const m = /^\s*(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const [, a, b, c] = m;
  const sec = Number(c!.replace(',', '.'));
  let h = 0;
  let min = 0;
  if (a !== undefined && b !== undefined) {
    h = Number(a);
    min = Number(b);
  } else if (a !== undefined) {
    min = Number(a);
  }
  if ((a !== undefined || b !== undefined) && sec >= 60) return null;
  if (a !== undefined && b !== undefined && min >= 60) return null;
  return h * 3600 + min * 60 + sec;
}
