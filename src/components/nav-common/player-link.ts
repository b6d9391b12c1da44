/**
 * How the navigation elements reach the player and its transcript view, using only their public
 * APIs: the player is the nearest `<parley-player>` around the element (the elements go in its
 * `panels` slot), the transcript view is the `<parley-transcript>` the player renders.
 */
import type { ParleyTranscript } from '../transcript/transcript.js';
import type { TranscriptMatch } from '../transcript/transcript.js';

/** The part of `<parley-player>` the navigation elements use. */
export interface PlayerLike extends HTMLElement {
  readonly mediaElement: HTMLMediaElement | null;
  readonly currentTurn: number;
  seek(time: number, options?: { play?: boolean }): void;
  play(): Promise<void>;
  pause(): void;
  togglePlay(): void;
  skip(seconds: number): void;
}

/** The part of `<parley-transcript>` the navigation elements use. */
export type TranscriptView = Pick<ParleyTranscript, 'focusTurn' | 'scrollToTurn'> &
  HTMLElement & { searchMatches: TranscriptMatch[]; activeMatch: number; visibleSpeakers: string[] | null };

/** The `<parley-player>` holding `el` (through shadow roots too), or null. */
export function playerOf(el: Element): PlayerLike | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const found = node.closest('parley-player');
      if (found) return found as unknown as PlayerLike;
    }
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The transcript view of the player holding `el`, or null. */
export function transcriptViewOf(el: Element): TranscriptView | null {
  const player = playerOf(el);
  const view = player?.shadowRoot?.querySelector('parley-transcript') ?? null;
  return view as TranscriptView | null;
}

/**
 * Copies `text` to the clipboard. Where the Clipboard API is missing or refused (an insecure page,
 * a denied permission), selects the text in `field` instead so that the person can copy it
 * themselves. Returns what happened.
 */
export async function copyText(text: string, field?: HTMLInputElement | null): Promise<'copied' | 'selected'> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (field) {
      field.value = text;
      field.hidden = false;
      field.focus();
      field.select();
    }
    return 'selected';
  }
}

/** The media time (seconds) of transcript time `time`, rounded up to the millisecond so it lands inside the item. */
export function linkTime(time: number, offset = 0): number {
  return Math.ceil(Math.max(0, time + offset) * 1000 - 1e-6) / 1000;
}
