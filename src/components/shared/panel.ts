/**
 * What every navigation panel (questions, search, speaker filter, where-am-i, shortcuts) shares:
 * how it finds its player (inside it, or `for="player-id"` beside it), the transcript it shows,
 * and subscriptions to the player's state that re-render it only for what it shows.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Context } from '@lit/context';
import type { Transcript } from '../../model/transcript.js';
import { TimeIndex } from '../../model/time-index.js';
import { whereAmI } from '../../nav/navigation.js';
import { playbackContext, viewContext, type PlaybackState, type ViewState } from './context.js';
import { ContextSelection } from './selection.js';
import { linkOf } from './link.js';
import { tabOf } from '../player/panel-tabs.js';
import { localStrings, type ParleyStrings } from './strings.js';

/** What a panel keeps of the view state: the transcript, and what its `pickView` adds. */
export type PanelView = { transcript: Transcript | null } & Record<string, unknown>;

export class ParleyPanel extends LitElement {
  /** Id of the `<parley-player>` to work with when not inside one (or inside a `<parley-navigation for>`). */
  @property({ attribute: 'for', reflect: true }) accessor htmlFor = '';

  /** The transcript as an object; when set, it wins over the player's. */
  @property({ attribute: false }) accessor transcript: Transcript | null = null;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  private selections: ContextSelection<unknown, unknown>[] = [];
  private ownIndex: { for: Transcript; index: TimeIndex } | null = null;

  /** The player's view: re-renders when the transcript shown changes (and what `pick` adds). */
  protected view: ContextSelection<ViewState, PanelView> = this.select(viewContext, (v: ViewState | undefined) => ({
    ...this.pickView(v),
    transcript: v?.transcript ?? null,
  }));

  /** The player's playback state: re-renders only when `pickPlayback`'s result changes (never, by default). */
  protected playback = this.select(playbackContext, (p: PlaybackState | undefined) => this.pickPlayback(p));

  /**
   * Small screens: a panel inside a player that folds its panels hides itself unless its strip
   * button is the one open (see `player/panel-tabs.ts`). Applied without a re-render.
   */
  protected readonly fold = new ContextSelection(this, viewContext, (v: ViewState | undefined) => v?.fold ?? null, {
    onChange: (fold) => {
      const inside = !linkOf(this).beside;
      this.toggleAttribute('data-parley-folded', !!fold?.folded && inside && fold.open !== tabOf(this.localName));
    },
  });

  /** What of the view state this panel shows besides the transcript. */
  protected pickView(_view: ViewState | undefined): Record<string, unknown> {
    return {};
  }

  /** What of the playback state this panel shows; its handlers read `playback.state` when they act. */
  protected pickPlayback(_playback: PlaybackState | undefined): unknown {
    return null;
  }

  protected select<T, V>(context: Context<unknown, T | undefined>, pick: (state: T | undefined) => V): ContextSelection<T, V> {
    const selection = new ContextSelection(this, context, pick);
    this.selections.push(selection as ContextSelection<unknown, unknown>);
    return selection;
  }

  /** The transcript shown: the property, else the player's. */
  get data(): Transcript | null {
    return this.transcript ?? this.view.value.transcript;
  }

  /** The time index of `data`: the player's when it is the player's transcript. */
  protected get index(): TimeIndex | null {
    const data = this.data;
    if (!data) return null;
    const view = this.view.state;
    if (view?.transcript === data && view.index) return view.index;
    if (this.ownIndex?.for !== data) this.ownIndex = { for: data, index: new TimeIndex(data) };
    return this.ownIndex.index;
  }

  /** Offset of the transcript from the media (see PlaybackState.offset). */
  protected get offset(): number {
    return this.playback.state?.offset ?? 0;
  }

  /**
   * The turn playing at the media element's own time. Read from the element, not from the last
   * state published, so that it is exact right after a seek and pressing "next" twice moves twice.
   */
  protected playingTurn(): number {
    const media = this.playback.state?.media;
    const index = this.index;
    if (!media || !index) return -1;
    return index.currentTurnAt(media.currentTime - this.offset, !media.paused || media.currentTime > 0);
  }

  /** "Playing 14:07, Secretary Rice, answering question 3", for the moment now. */
  protected whereAmINow(): string {
    const data = this.data;
    const strings = localStrings(this);
    if (!data) return strings.noTranscript;
    const media = this.playback.state?.media;
    return whereAmI(data, this.playingTurn(), media?.currentTime ?? 0, media?.paused ?? true, strings);
  }

  protected override updated(changed: PropertyValues): void {
    // A new `for` names another player: subscribe there.
    if (changed.has('htmlFor') && changed.get('htmlFor') !== undefined) for (const s of this.selections) s.relink();
  }
}
