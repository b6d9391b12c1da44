/**
 * Reading preferences: how the transcript looks and behaves for one reader, kept between visits
 * in localStorage. Pure data and parsing; `<parley-settings>` is the panel that edits them and
 * `<parley-player>` applies them to its transcript.
 */

/** Text sizes offered, as a factor of the page's size (five steps). */
export const TEXT_SIZES = [0.875, 1, 1.125, 1.25, 1.5] as const;
/** Line spacings offered (CSS line-height). */
export const LINE_SPACINGS = [1.4, 1.6, 1.9, 2.2] as const;

export interface ReadingPreferences {
  /** Factor applied to the transcript's font size; one of TEXT_SIZES. */
  textSize: number;
  /** Line height of the transcript's text; one of LINE_SPACINGS. */
  lineSpacing: number;
  /** Show the time before each turn (the turn's button keeps it in its name either way). */
  timestamps: boolean;
  /** Highlight the word being spoken. */
  wordHighlight: boolean;
  /** Keep the playing turn in view. */
  follow: boolean;
}

export const DEFAULT_PREFERENCES: ReadingPreferences = {
  textSize: 1,
  lineSpacing: 1.6,
  timestamps: true,
  wordHighlight: true,
  follow: true,
};

export const PREFERENCES_KEY = 'parley-reading-preferences';

const pick = (value: unknown, allowed: readonly number[], fallback: number): number =>
  typeof value === 'number' && allowed.includes(value) ? value : fallback;
const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** Preferences from stored JSON; anything missing, unknown or malformed falls back to the default. */
export function parsePreferences(text: string | null | undefined): ReadingPreferences {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry (edited by hand, cut short) is replaced by the defaults on the next change.
  }
  const d = DEFAULT_PREFERENCES;
  return {
    textSize: pick(raw.textSize, TEXT_SIZES, d.textSize),
    lineSpacing: pick(raw.lineSpacing, LINE_SPACINGS, d.lineSpacing),
    timestamps: flag(raw.timestamps, d.timestamps),
    wordHighlight: flag(raw.wordHighlight, d.wordHighlight),
    follow: flag(raw.follow, d.follow),
  };
}

/** The stored preferences (defaults where storage is empty, refused or unavailable). */
export function loadPreferences(storage: Pick<Storage, 'getItem'> | null = safeStorage()): ReadingPreferences {
  try {
    return parsePreferences(storage?.getItem(PREFERENCES_KEY));
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

/** Stores the preferences; returns false when the browser refuses (private mode, storage full). */
export function savePreferences(prefs: ReadingPreferences, storage: Pick<Storage, 'setItem'> | null = safeStorage()): boolean {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(prefs));
    return storage !== null;
  } catch {
    return false;
  }
}

/** localStorage, or null where reading it throws (sandboxed frames, disabled storage). */
function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
