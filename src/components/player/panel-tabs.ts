/**
 * On small screens the player folds the panels in its `panels` slot (questions, search, speaker
 * filter, …) behind a strip of disclosure buttons, one per kind of panel, so that the transcript
 * starts on the first screen. The player publishes which panel is unfolded (`ViewState.fold`);
 * each panel inside it hides itself when folded away (`shared/panel.ts`). This module says which
 * buttons the strip has.
 */
import type { Transcript } from '../../model/transcript.js';
import { hasOutline } from '../../nav/navigation.js';
import { speakersWithTurns } from '../../model/transcript.js';

export const PANEL_TABS = ['questions', 'search', 'speakers', 'more'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** Whether the player folds the panels inside it (small screens), and which one is unfolded. */
export interface PanelFold {
  folded: boolean;
  open: PanelTab | null;
}

/** The strip button of each navigation element; `<parley-navigation>` holds them all. */
const TABS_OF_TAG: Record<string, readonly PanelTab[]> = {
  'parley-questions': ['questions'],
  'parley-search': ['search'],
  'parley-speaker-filter': ['speakers'],
  'parley-navigation': PANEL_TABS,
};

/** The strip button a panel element unfolds with (anything else is under "More"). */
export function tabOf(tag: string): PanelTab {
  const tabs = TABS_OF_TAG[tag];
  return tabs?.length === 1 ? tabs[0]! : 'more';
}

/**
 * The strip's buttons for the elements slotted into `panels` (their tag names), in strip order,
 * without a button for a panel that has nothing to show (no questions, fewer than two speakers).
 */
export function stripTabs(tags: readonly string[], transcript: Transcript | null, expected?: ExpectedTabs | null): PanelTab[] {
  const present = new Set(tags.flatMap((tag) => TABS_OF_TAG[tag] ?? ['more']));
  const has = transcript ? expectedTabs(transcript) : (expected ?? { questions: false, speakers: false });
  return PANEL_TABS.filter((tab) => {
    if (!present.has(tab)) return false;
    if (tab === 'questions') return has.questions;
    if (tab === 'speakers') return has.speakers;
    return true;
  });
}

/**
 * Whether a transcript has something for the Questions and Speakers buttons. A first screenful
 * written into the page says it (first-screenful.ts), so that the strip has its buttons, and its
 * height, before the transcript is read.
 */
export interface ExpectedTabs {
  questions: boolean;
  speakers: boolean;
}
export function expectedTabs(transcript: Transcript): ExpectedTabs {
  return { questions: hasOutline(transcript), speakers: speakersWithTurns(transcript).length >= 2 };
}
