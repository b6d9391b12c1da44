/**
 * The first screenful of a transcript as HTML, written into a page when the page is built (a site
 * generator, the demo page's build), so that the turns show, and answer, before the player's code
 * has arrived. No DOM is needed: this runs in Node as well as in a page.
 *
 * The markup is the accessible structure `<parley-transcript>` makes (render-turns.ts): a region
 * named by its "Transcript" heading, a list of turns named after the transcript's title, each turn
 * a list item with its chapter or question heading, a button "0:42 Secretary Rice" and its text,
 * one span per sentence. Put it inside the `<parley-player>`; the small first script
 * (`parley-first.js`, see wire.ts) makes it clickable and in step with the player's media element,
 * and the player takes it over, removing it in the same task in which its own turns join the page
 * (see player.ts), so that the page never holds the turns twice, nor none.
 *
 * Transcript text is always written as text: every `<`, `&` and quote is escaped.
 */
import type { Transcript } from '../model/transcript.js';
import { formatClock } from '../model/time-format.js';
import { fill } from '../model/text-template.js';
import { isAnnotation, wordEnd, wordStart, wordTexts } from '../model/compact-words.js';
import { en, type ParleyStrings } from '../components/shared/strings.js';
import { headingsByTurn } from '../components/transcript/headings.js';
import { CLS, screenfulTurns } from '../components/transcript/render-turns.js';
import { expectedTabs } from '../components/player/panel-tabs.js';
import { FIRST_SCREENFUL_CSS } from './first-screenful-styles.js';
import { escapeHtml } from '../formats/html/index.js';

/** The attribute that marks the first screenful written into a page (the player looks for it). */
export const PRERENDERED_ATTR = 'data-parley-prerendered';
/** The slot the first screenful goes into: the player shows it where its transcript goes until it takes over. */
export const PRERENDERED_SLOT = 'prerendered';

export interface FirstScreenfulOptions {
  /** Most turns written (default: as many as the player builds at once, FIRST_TURNS, fewer for long turns). */
  turns?: number;
  /** Strings of the reader's language (default English): the heading and the list's name. */
  strings?: Partial<Pick<ParleyStrings, 'transcript' | 'turns' | 'turnsOf' | 'questionNumber'>>;
  /** Prefix of the ids written (one first screenful per player on a page; default `parley-first`). */
  id?: string;
  /** Leave out the `<style>` element (a page that ships FIRST_SCREENFUL_CSS in its own stylesheet). */
  noStyle?: boolean;
}

/** Seconds as written into the page: milliseconds are enough to find a word. */
const seconds = (t: number): string => String(Math.round(t * 1000) / 1000);

/**
 * The first screenful of `transcript` as an HTML fragment: a `<div slot="prerendered"
 * data-parley-prerendered>` holding its styles and the turns. Empty for a transcript without turns.
 */
export function firstScreenfulHtml(transcript: Transcript, options: FirstScreenfulOptions = {}): string {
  const count = screenfulTurns(transcript, options.turns);
  if (!count) return '';
  const s = { ...en, ...options.strings };
  const id = options.id ?? 'parley-first';
  const names = new Map(transcript.speakers.map((sp) => [sp.id, sp.name]));
  const headings = headingsByTurn(transcript, s.questionNumber);
  const title = transcript.metadata.title;
  const listName = title ? fill(s.turnsOf, { title }) : s.turns;
  // Where the first screenful ends: no turn of it is current from the next turn's start on.
  const next = transcript.turns.slice(count).find((t) => t.start !== null)?.start ?? null;
  const turns: string[] = [];
  for (let t = 0; t < count; t++) {
    const turn = transcript.turns[t]!;
    const name = escapeHtml(names.get(turn.speaker) ?? turn.speaker);
    const parts: string[] = [];
    for (const h of headings.get(t) ?? []) parts.push(`<h${h.level} class="${CLS.heading} ${h.kind}">${escapeHtml(h.text)}</h${h.level}>`);
    // The Tab stop is on the first turn, as in the player (roving tabindex).
    const tab = t === 0 ? '0' : '-1';
    const head =
      turn.start !== null
        ? `<button type="button" class="${CLS.stamp}" tabindex="${tab}" data-time="${seconds(turn.start)}"><span class="${CLS.time}">${formatClock(turn.start)}</span> <span class="${CLS.speaker}">${name}</span></button>`
        : `<span class="${CLS.speaker}">${name}</span>`;
    const notes = turn.annotations.map((n) => ` <span class="${CLS.turnNote}">(${escapeHtml(n)})</span>`).join('');
    parts.push(`<div class="${CLS.head}">${head}${notes}</div>`);
    let para = '';
    turn.sentences.forEach((sentence, i) => {
      if (para && i > 0 && sentence.paragraph) {
        parts.push(`<p class="${CLS.para}">${para}</p>`);
        para = '';
      } else if (para) para += ' ';
      // The text as the player writes it (words joined by spaces, an annotation word in a span of
      // its own), and where each timed word is in it, `offset:start:end`, for a click on a word
      // and the highlight of the word spoken.
      let text = '';
      let length = 0;
      const words: string[] = [];
      // Read through the compact-words accessors: writing the page makes no Word object.
      wordTexts(sentence).forEach((word, w) => {
        if (w > 0) {
          text += ' ';
          length += 1;
        }
        const note = isAnnotation(sentence, w);
        const start = wordStart(sentence, w);
        if (!note && start !== null) words.push(`${length}:${seconds(start)}:${seconds(wordEnd(sentence, w) ?? start)}`);
        text += note ? `<span class="${CLS.note}">${escapeHtml(word)}</span>` : escapeHtml(word);
        length += word.length;
      });
      const timed = words.length ? ` data-w="${words.join(' ')}"` : '';
      para += `<span class="${CLS.sentence}"${timed}>${text}</span>`;
    });
    if (para) parts.push(`<p class="${CLS.para}">${para}</p>`);
    const start = turn.start !== null ? ` data-start="${seconds(turn.start)}"` : '';
    const untimedTab = turn.start === null && t === 0 ? ' tabindex="0"' : '';
    turns.push(`<div class="${CLS.turn}" role="listitem"${untimedTab} data-speaker="${escapeHtml(turn.speaker)}"${start}>${parts.join('')}</div>`);
  }
  const until = next !== null ? ` data-until="${seconds(next)}"` : '';
  const style = options.noStyle ? '' : `<style>${FIRST_SCREENFUL_CSS}</style>`;
  // Which panel buttons the transcript will have on a small screen (the strip's height).
  const tabs = expectedTabs(transcript);
  const expects = Object.keys(tabs).filter((k) => tabs[k as keyof typeof tabs]).join(' ');
  return (
    `<div slot="${PRERENDERED_SLOT}" ${PRERENDERED_ATTR}="" data-tabs="${expects}">${style}` +
    `<section class="region" aria-labelledby="${escapeHtml(id)}-heading"><h2 id="${escapeHtml(id)}-heading">${escapeHtml(s.transcript)}</h2>` +
    `<div class="scroller"><div class="turns" role="list" aria-label="${escapeHtml(listName)}"${until}><div class="${CLS.chunk}">\n${turns.join('\n')}\n</div></div></div></section></div>`
  );
}
