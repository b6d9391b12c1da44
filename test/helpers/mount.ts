/**
 * Mounts the real `<parley-player>` with the navigation elements in its `panels` slot, as the demo
 * page does, and gives the tests handles on what a person perceives.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/components/player/player.js';
import '../../src/components/questions/questions.js';
import '../../src/components/search/search.js';
import '../../src/components/speaker-filter/speaker-filter.js';
import '../../src/components/shortcuts/shortcuts.js';
import '../../src/components/where-am-i/where-am-i.js';
import type { ParleyPlayer } from '../../src/components/player/player.js';
import type { ParleyTranscript } from '../../src/components/transcript/transcript.js';
import type { ParleyQuestions } from '../../src/components/questions/questions.js';
import type { ParleySearch } from '../../src/components/search/search.js';
import type { ParleySpeakerFilter } from '../../src/components/speaker-filter/speaker-filter.js';
import type { ParleyShortcuts } from '../../src/components/shortcuts/shortcuts.js';
import type { ParleyWhereAmI } from '../../src/components/where-am-i/where-am-i.js';
import type { Transcript } from '../../src/model/transcript.js';
import { demoTranscript, withSyntheticTimes, durationOf, silentWav, once, until } from './demo.js';

export interface Mounted {
  player: ParleyPlayer;
  media: HTMLMediaElement;
  transcript: Transcript;
  view: ParleyTranscript;
  questions: ParleyQuestions;
  search: ParleySearch;
  filter: ParleySpeakerFilter;
  shortcuts: ParleyShortcuts;
  whereAmI: ParleyWhereAmI;
}

const wavs = new Map<number, string>();

/** The demo press conference with synthetic times (or untimed), in a real player with a silent recording. */
export async function mountDemo({ timed = true, deepLinks = false }: { timed?: boolean; deepLinks?: boolean } = {}): Promise<Mounted> {
  const base = await demoTranscript();
  const transcript = timed ? withSyntheticTimes(base) : base;
  const seconds = Math.ceil(timed ? durationOf(transcript) : 60);
  if (!wavs.has(seconds)) wavs.set(seconds, silentWav(seconds));
  const player = await fixture<ParleyPlayer>(html`
    <parley-player .src=${wavs.get(seconds)!} .transcript=${transcript} ?deep-links=${deepLinks}>
      <div slot="panels">
        <parley-where-am-i></parley-where-am-i>
        <parley-search></parley-search>
        <parley-questions></parley-questions>
        <parley-speaker-filter></parley-speaker-filter>
        <parley-shortcuts></parley-shortcuts>
      </div>
    </parley-player>
  `);
  const media = player.mediaElement!;
  if (media.readyState < 1) await once(media, 'loadedmetadata');
  const view = player.shadowRoot!.querySelector('parley-transcript')!;
  const questions = player.querySelector('parley-questions')!;
  const search = player.querySelector('parley-search')!;
  const filter = player.querySelector('parley-speaker-filter')!;
  const shortcuts = player.querySelector('parley-shortcuts')!;
  const whereAmI = player.querySelector('parley-where-am-i')!;
  for (const el of [view, questions, search, filter, shortcuts, whereAmI]) await el.updateComplete;
  // The first screenful is built at once and the rest just after; the tests reach any turn.
  await until(() => turnElements(view).length === transcript.turns.length, 'every turn in the page');
  return { player, media, transcript, view, questions, search, filter, shortcuts, whereAmI };
}

/** The rendered turn elements of the transcript view. */
export function turnElements(view: ParleyTranscript): HTMLElement[] {
  return [...view.shadowRoot!.querySelectorAll<HTMLElement>('.turn')];
}

/** Index of the turn marked aria-current="true" in the transcript view, or -1. */
export function currentTurnIndex(view: ParleyTranscript): number {
  return turnElements(view).findIndex((el) => el.getAttribute('aria-current') === 'true');
}

/** The text of an element's role="status" region. */
export function statusText(el: HTMLElement): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** Stops every player a test left playing. */
export function pauseAll(): void {
  document.querySelectorAll('parley-player').forEach((p) => p.mediaElement?.pause());
}
