/**
 * On small screens the player folds the panels in its `panels` slot (questions, search, speaker
 * filter, …) behind a strip of disclosure buttons, one per kind of panel, so that the transcript
 * starts on the first screen. This module says which panel belongs to which button.
 */

export const PANEL_TABS = ['questions', 'search', 'speakers', 'more'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

const TAB_OF_TAG: Record<string, PanelTab> = {
  'parley-questions': 'questions',
  'parley-search': 'search',
  'parley-speaker-filter': 'speakers',
};

/** The attribute that hides a folded panel (the navigation elements' styles honour it). */
export const FOLDED_ATTRIBUTE = 'data-parley-folded';

export interface PanelEntry {
  tab: PanelTab;
  element: Element;
}

/**
 * The panels of `host`: each element slotted into `panels` that Parley knows, and the known
 * elements inside a slotted wrapper (`addNavigation` puts them in one `<div>`). Anything else
 * goes under "More".
 */
export function panelEntries(host: Element): PanelEntry[] {
  const out: PanelEntry[] = [];
  for (const child of Array.from(host.children)) {
    if (child.getAttribute('slot') !== 'panels') continue;
    const own = TAB_OF_TAG[child.localName];
    if (own || child.localName.startsWith('parley-') || child.children.length === 0) {
      out.push({ tab: own ?? 'more', element: child });
      continue;
    }
    for (const inner of Array.from(child.children)) out.push({ tab: TAB_OF_TAG[inner.localName] ?? 'more', element: inner });
  }
  return out;
}

/** The tabs that have at least one panel, in strip order. */
export function tabsOf(entries: readonly PanelEntry[]): PanelTab[] {
  return PANEL_TABS.filter((tab) => entries.some((e) => e.tab === tab));
}

/** Folds every panel but those of `open` (all of them when `open` is null); unfolds all when `fold` is false. */
export function applyFolds(entries: readonly PanelEntry[], fold: boolean, open: PanelTab | null): void {
  for (const { tab, element } of entries) element.toggleAttribute(FOLDED_ATTRIBUTE, fold && tab !== open);
}
