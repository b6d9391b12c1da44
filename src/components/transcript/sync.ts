/**
 * Media time and sync: keeps the transcript's highlight in step with playback. The playback
 * state comes from the player (`playbackContext`, sent when the current word or turn changes), or,
 * for a transcript beside an `<audio for=…>` without a player, from a `PlaybackTracker` of its own.
 * Applying it touches at most two elements (old and new turn) and reads no layout: the word being
 * spoken is a range painted with the CSS Custom Highlight API (no element per word).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimeIndex } from '../../model/time-index.js';
import { mediaTimeOf } from '../../model/media-time.js';
import { INITIAL_PLAYBACK, playbackContext, type PlaybackState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { PlaybackTracker } from '../shared/playback.js';
import { ContextSelection } from '../shared/selection.js';
import type { RenderedTurns } from './render-turns.js';
import { RangePainter, wordsRange } from './word-ranges.js';

/** The word being spoken: a named highlight (see transcript.styles.ts). */
export const WORD_HIGHLIGHT = 'parley-word';

export interface SyncHost extends ReactiveControllerHost, HTMLElement {
  /** Id of a media element to follow when there is no player. */
  htmlFor: string;
  /** Offset in seconds when there is no player (see `PlaybackState.offset`). */
  offset: number;
}

export interface SyncOptions {
  rendered: () => RenderedTurns | null;
  index: () => TimeIndex | null;
  /** A new turn became current (-1: none); `el` is its element. */
  onTurn: (turn: number, el: HTMLElement | undefined) => void;
  /** A new sentence started being spoken: a long turn can run out of view. */
  onSentence: () => void;
}

export class SyncController implements ReactiveController {
  /** The playback state last applied. */
  state: PlaybackState = INITIAL_PLAYBACK;
  /** The current turn shown, -1 for none. */
  turn = -1;
  private painter = new RangePainter(WORD_HIGHLIGHT);
  private wordPos = -1;
  private sentenceKey = -1;
  private fromPlayer: ContextSelection<PlaybackState, PlaybackState>;
  private own = new PlaybackTracker((state) => this.receive(state));

  constructor(
    private host: SyncHost,
    private options: SyncOptions,
  ) {
    host.addController(this);
    this.fromPlayer = new ContextSelection(host, playbackContext, (s) => s ?? INITIAL_PLAYBACK, { onChange: (s) => this.receive(s) });
  }

  /** The media element playing. */
  get media(): HTMLMediaElement | null {
    return this.state.media;
  }

  /** Media time (seconds) of the state last applied. */
  get syncedTime(): number {
    return this.state.media ? this.state.currentTime : NaN;
  }

  /** Without a player, follow the media element named by `for` with the host's own offset. */
  hostUpdated(): void {
    if (this.fromPlayer.state) {
      this.own.attach(null);
      return;
    }
    const media = this.host.htmlFor ? document.getElementById(this.host.htmlFor) : null;
    const index = this.options.index();
    const changed = this.own.index !== index || this.own.offset !== this.host.offset;
    this.own.index = index;
    this.own.offset = this.host.offset;
    if (media instanceof HTMLMediaElement && media !== this.own.mediaElement) this.own.attach(media);
    else if (changed) this.own.update();
  }

  hostDisconnected(): void {
    this.own.attach(null);
    this.painter.show(null);
  }

  /** The range of the word being spoken, or null. */
  get word(): Range | null {
    return this.painter.current;
  }

  /** Forgets the highlight (the turns were rebuilt) and applies the state again. */
  reset(): void {
    this.turn = -1;
    this.painter.show(null);
    this.wordPos = -1;
    this.sentenceKey = -1;
    this.receive(this.state);
  }

  /** Asks for playback from transcript time `time`; without a player, plays the media itself. */
  seek(time: number): void {
    const mediaTime = mediaTimeOf(time, this.state.offset);
    if (request(this.host, 'parley-seek-request', { time: mediaTime, play: true })) return;
    const media = this.media;
    if (!media) return;
    media.currentTime = mediaTime;
    void media.play().catch(() => undefined);
  }

  /**
   * Turns `from`…`to`-1 joined the page (the rest of a long transcript is built in idle time):
   * mark the current turn and word if they are among them.
   */
  chunkAdded(from: number, to: number): void {
    const r = this.options.rendered();
    const index = this.options.index();
    if (!r || !index) return;
    if (this.turn >= from && this.turn < to) this.markTurn(r.turns[this.turn]);
    if (this.wordPos >= 0 && !this.painter.current) {
      const t = index.wordAddress(this.wordPos).turn;
      if (t >= from && t < to) this.setWord(r, this.wordPos);
    }
  }

  private markTurn(el: HTMLElement | undefined): void {
    if (!el) return;
    el.setAttribute('aria-current', 'true');
    el.setAttribute('part', 'turn turn-current');
  }

  private receive(state: PlaybackState): void {
    this.state = state;
    const r = this.options.rendered();
    if (!r || !this.options.index()) return;
    if (state.currentTurn !== this.turn) this.setTurn(r, state.currentTurn);
    if (state.currentWord !== this.wordPos) this.setWord(r, state.currentWord);
  }

  private setTurn(r: RenderedTurns, turn: number): void {
    const old = r.turns[this.turn];
    if (old) {
      old.removeAttribute('aria-current');
      old.setAttribute('part', 'turn');
    }
    this.turn = turn;
    const el = r.turns[turn];
    this.markTurn(el);
    this.host.dispatchEvent(new CustomEvent('parley-turn-change', { detail: { turn }, bubbles: true, composed: true }));
    this.options.onTurn(turn, el);
  }

  private setWord(r: RenderedTurns, position: number): void {
    this.wordPos = position;
    const index = this.options.index();
    if (position < 0 || !index) {
      this.painter.show(null);
      return;
    }
    const a = index.wordAddress(position);
    const sentenceEl = r.sentences[a.turn]?.[a.sentence];
    const sentence = r.transcript.turns[a.turn]?.sentences[a.sentence];
    this.painter.show(sentenceEl && sentence ? wordsRange(sentenceEl, sentence, a.word) : null);
    const key = a.turn * 100_000 + a.sentence;
    if (key !== this.sentenceKey) {
      this.sentenceKey = key;
      this.options.onSentence();
    }
  }
}
