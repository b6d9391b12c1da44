/**
 * The reader's preferences as the transcript shows them: the player publishes them in its view
 * state (`<parley-settings>` asks for each change); this controller picks only them, so the
 * transcript re-renders when one changes and never during playback. Text size and line spacing
 * become custom properties of the region; hidden timestamps and an unpainted word highlight
 * become classes (the time stays in each turn button's name); follow-along off stops follow mode.
 * Without a player the page's own `no-follow` attribute still applies, and nothing else changes.
 */
import type { ReactiveControllerHost } from 'lit';
import { viewContext, type ViewState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';
import { DEFAULT_PREFERENCES, type ReadingPreferences } from '../settings/preferences.js';

export class ReadingController extends ContextSelection<ViewState, ReadingPreferences> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, viewContext, (v) => v?.preferences ?? DEFAULT_PREFERENCES);
  }

  /** False when the reader turned follow-along off. */
  get follow(): boolean {
    return this.value.follow;
  }

  /** Classes for the region: `hide-timestamps`, `no-word-highlight`. */
  get classes(): string {
    const p = this.value;
    return [p.timestamps ? '' : 'hide-timestamps', p.wordHighlight ? '' : 'no-word-highlight'].filter(Boolean).join(' ');
  }

  /** Inline style of the region: the text size factor and the line height. */
  get style(): string {
    const p = this.value;
    return `--_text-scale: ${p.textSize}; --_line-height: ${p.lineSpacing}`;
  }
}
