import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, state, query } from 'lit/decorators.js';
import { speakerName, type Transcript } from '../../model/transcript.js';
import { formatClock } from '../../model/time-format.js';
import { mediaTimeOf } from '../../model/media-time.js';
import type { ViewState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { buildSearchIndex, search, matchTime, LABEL_MATCH, type SearchIndex, type SearchMatch } from '../../nav/search.js';
import { Announcer } from '../shared/announcer.js';
import { ParleyPanel } from '../shared/panel.js';
import { fill, localStrings } from '../shared/strings.js';
import { styles } from './search.styles.js';

/** Milliseconds of quiet typing before a search runs and its count is announced. */
export const SEARCH_DEBOUNCE = 150;

/**
 * Search in the transcript: a native search box named "Search transcript" that finds words and
 * phrases (case, accents and punctuation aside; the query is always literal text), highlights
 * every match in the transcript, and moves between them with Enter / Shift+Enter or the
 * Previous / Next buttons, scrolling the transcript without taking focus from the box. "Play from
 * match" plays from the selected match. The count ("1 of 5: Secretary Gates, 6:12", "No matches")
 * goes to a polite status region, only after typing stops or after moving between matches.
 *
 * A speaker's name matches that speaker's turns: such a match is on the turn's label, shown in
 * the transcript as `sentence: -1` (see docs/navigation.md).
 *
 * @fires parley-seek-request - `{ time, play: true }` on "Play from match".
 * @fires parley-search-request - `{ matches, active }` after each search and move between matches.
 * @fires parley-show-turn-request - `{ turn, focus: false }` to bring the selected match into view.
 * @csspart label - The "Search transcript" label.
 * @csspart input - The search box.
 * @csspart button - The buttons ("Play from match" is also `play`).
 * @csspart status - The count of matches ("1 of 5").
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-accent - Background of the main button.
 * @cssproperty --parley-border-color - Borders of the box and the quiet buttons.
 * @example
 * <parley-player src="talk.mp3" transcript-src="talk.json">
 *   <parley-search slot="panels"></parley-search>
 * </parley-player>
 */
@customElement('parley-search')
export class ParleySearch extends ParleyPanel {
  static override styles = styles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Matches of the current query, in reading order. */
  @state() private accessor found: SearchMatch[] = [];
  /** Index into `found` of the selected match, -1 for none. */
  @state() private accessor selected = -1;

  @query('input') private accessor input!: HTMLInputElement;

  private announcer = new Announcer(this);
  private searchIndexOf: { for: Transcript; index: SearchIndex } | null = null;
  private timer = 0;
  private query = '';
  /** The view state's `searchFocus` last acted on; -1 before the first look (nothing asked yet). */
  private focusRequests = -1;

  /** Asks for the search box with the `/` key arrive as a count in the view state. */
  protected override pickView(view: ViewState | undefined): Record<string, unknown> {
    return { searchFocus: view?.searchFocus ?? 0 };
  }

  /** The matches of the current search, in reading order. */
  get results(): readonly SearchMatch[] {
    return this.found;
  }

  /** Index of the selected match, -1 for none. */
  get selectedMatch(): number {
    return this.selected;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(): void {
    // A new transcript: the old matches point at nothing; search again without announcing.
    const data = this.data;
    if (this.searchIndexOf && this.searchIndexOf.for !== data) {
      this.searchIndexOf = null;
      this.found = this.query && data ? search(this.searchIndex(data), this.query) : [];
      this.selected = this.found.length ? 0 : -1;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('found') || changed.has('selected')) this.pushToView();
    const asked = this.view.value.searchFocus as number;
    if (asked !== this.focusRequests) {
      if (this.focusRequests >= 0) this.focus();
      this.focusRequests = asked;
    }
  }

  protected override render() {
    const n = this.found.length;
    const timed = this.matchTime(this.selected) !== null;
    const s = localStrings(this);
    return html`
      <form role="search" aria-label=${s.searchLandmark} @submit=${(e: Event) => e.preventDefault()}>
        <label for="q" part="label">${s.searchLabel}</label>
        <input id="q" part="input" type="search" autocomplete="off" spellcheck="false" @input=${this.onInput} @keydown=${this.onKeyDown} />
        <div class="row">
          <button type="button" class="quiet" part="button" ?disabled=${n === 0} @click=${() => this.step(-1)}>${s.previousMatch}</button>
          <button type="button" class="quiet" part="button" ?disabled=${n === 0} @click=${() => this.step(1)}>${s.nextMatch}</button>
          <button type="button" part="button play" ?disabled=${!timed} @click=${this.playFromMatch}>${s.playFromMatch}</button>
        </div>
        <p class="status" role="status" part="status">${this.announcer.text}</p>
      </form>
    `;
  }

  /** Puts focus in the search box. */
  override focus(options?: FocusOptions): void {
    this.updateComplete.then(() => {
      this.input.focus(options);
      this.input.select();
    });
  }

  /** Searches now for `text`, as if typed (used by tests and by pages that prefill a query). */
  searchFor(text: string): void {
    if (this.input) this.input.value = text;
    clearTimeout(this.timer);
    this.run(text);
  }

  /** Selects the next (1) or previous (-1) match, wrapping around, and announces it. */
  step(direction: 1 | -1): void {
    const n = this.found.length;
    if (!n) {
      if (this.query) this.announcer.say(localStrings(this).noMatches);
      return;
    }
    this.selected = this.selected < 0 ? (direction > 0 ? 0 : n - 1) : (this.selected + direction + n) % n;
    this.announceSelected();
    this.reveal();
  }

  private onInput = (): void => {
    clearTimeout(this.timer);
    const text = this.input.value;
    this.timer = window.setTimeout(() => this.run(text), SEARCH_DEBOUNCE);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    event.preventDefault();
    // Enter right after typing searches first, so that it never steps through stale results.
    if (this.input.value !== this.query) {
      clearTimeout(this.timer);
      this.run(this.input.value);
      if (!event.shiftKey) return;
    }
    this.step(event.shiftKey ? -1 : 1);
  };

  private searchIndex(data: Transcript): SearchIndex {
    if (this.searchIndexOf?.for !== data) this.searchIndexOf = { for: data, index: buildSearchIndex(data) };
    return this.searchIndexOf.index;
  }

  private run(text: string): void {
    this.query = text;
    const data = this.data;
    this.found = data && text.trim() ? search(this.searchIndex(data), text) : [];
    this.selected = this.found.length ? 0 : -1;
    if (!text.trim()) this.announcer.say('');
    else if (!this.found.length) this.announcer.say(localStrings(this).noMatches);
    else {
      this.announceSelected();
      this.reveal();
    }
  }

  private announceSelected(): void {
    const data = this.data;
    const m = this.found[this.selected];
    if (!data || !m) return;
    const s = localStrings(this);
    const where = [speakerName(data, data.turns[m.turn]?.speaker ?? '')];
    if (m.sentence === LABEL_MATCH) where.push(s.speakerNameMatch);
    const time = this.matchTime(this.selected);
    if (time !== null) where.push(formatClock(time));
    this.announcer.say(`${fill(s.matchPosition, { n: this.selected + 1, total: this.found.length })}: ${where.join(', ')}`);
  }

  /** Asks the player to highlight the matches. */
  private pushToView(): void {
    request(this, 'parley-search-request', { matches: this.found, active: this.selected });
  }

  /** Brings the selected match into view; focus stays in the search box. */
  private reveal(): void {
    const m = this.found[this.selected];
    if (!m) return;
    this.pushToView();
    request(this, 'parley-show-turn-request', { turn: m.turn, focus: false });
  }

  /** Transcript time of a match, or null when untimed. */
  private matchTime(i: number): number | null {
    const data = this.data;
    const m = this.found[i];
    return data && m ? matchTime(data, m) : null;
  }

  private playFromMatch = (): void => {
    const time = this.matchTime(this.selected);
    if (time === null) return;
    request(this, 'parley-seek-request', { time: mediaTimeOf(time, this.offset), play: true });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-search': ParleySearch;
  }
}
