/**
 * The reading settings and the download menu load on first use: until a person opens one, the
 * player shows a button that looks and reads the same ("Reading settings", "Download transcript",
 * collapsed); the first press loads the element and opens it in the button's place. The stored
 * reading preferences do not wait for it: the player reads them itself.
 */
/** Each panel's loader, and the key of its name in `ParleyStrings`. */
export const LAZY_PANELS = {
  settings: { label: 'readingSettings', load: () => import('../settings/settings.js') },
  download: { label: 'downloadTranscript', load: () => import('../download/download.js') },
} as const;
export type LazyPanel = keyof typeof LAZY_PANELS;
