import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { speakerName, type Transcript } from '../../model/transcript.js';
import { formatClock } from '../../model/time-format.js';
import { mediaTimeOf } from '../../model/media-time.js';
import type { PlaybackState } from '../shared/context.js';
import { request } from '../shared/events.js';
import { fill, localStrings, type ParleyStrings } from '../shared/strings.js';
import {
  questionLabel, questionTime, questionAt, listNames, chapterFirstTurn, chapterTime, hasOutline,
} from '../../nav/navigation.js';
import { linkAt, formatMediaFragment } from '../../nav/media-fragment.js';
import { Announcer } from '../shared/announcer.js';
import { copiedMessage, copyText } from '../shared/clipboard.js';
import { ParleyPanel } from '../shared/panel.js';
import { styles } from './questions.styles.js';

/**
 * The questions of a press conference as navigation: a `<nav>` landmark named "Questions" with
 * one entry per question, named by its number, who asked and when ("Question 3, Arshad Mohammed,
 * Reuters, 14:05"), showing whom it was addressed to and who answered. Activating an entry plays
 * from the question; the entry of the question being discussed has `aria-current="true"`.
 * Chapters (a WebVTT chapter track, or "Opening statements" / "Questions and answers") are the
 * headings of the outline, each one a link too.
 *
 * Timed entries are links to `#t=<time>` (open in a new tab, copy from the context menu) with a
 * "Copy link" button beside them; in an untimed transcript they are buttons that move focus to
 * the turn in the transcript.
 *
 * Put it in the player's `panels` slot, or beside the player with `for="player-id"`: it takes the
 * transcript and time from the player. It re-renders only when the question being discussed changes.
 *
 * @fires parley-seek-request - `{ time, play: true }` when a question or chapter is chosen.
 * @attr empty - Set by the element while it has nothing to list (no questions or chapters); it is then not shown.
 * @csspart nav - The navigation landmark.
 * @csspart heading - The "Questions" heading and the chapter headings.
 * @csspart list - Each list of questions.
 * @csspart question - One question's entry, with its details.
 * @csspart entry - A question's or a chapter's link (or button, untimed).
 * @csspart button - The "Copy link" buttons (also `copy`).
 * @csspart status - The status line ("Link copied").
 * @csspart empty - The note shown when the transcript has no questions.
 * @attr theme - `light` or `dark` forces a colour scheme; by default the page's `color-scheme` decides.
 * @cssproperty --parley-accent - Links and the bar beside the current question.
 * @cssproperty --parley-current-background - Background of the current question.
 * @cssproperty --parley-focus-color - Focus ring colour.
 * @example
 * <parley-player src="talk.mp3" transcript-src="talk.json">
 *   <parley-questions slot="panels"></parley-questions>
 * </parley-player>
 */
@customElement('parley-questions')
export class ParleyQuestions extends ParleyPanel {
  static override styles = styles;

  /** Level of the "Questions" heading (chapters get the next level). */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  @query('.link-field') private accessor linkField!: HTMLInputElement;

  private announcer = new Announcer(this);

  /** The question being discussed (links also carry the offset): nothing else of playback is shown. */
  protected override pickPlayback(p: PlaybackState | undefined): unknown {
    const data = this.data;
    const own = this.view?.state?.transcript === data;
    return { question: p && data && own ? questionAt(data, p.currentTurn) : -1, offset: p?.offset ?? 0 };
  }

  protected override render() {
    const data = this.data;
    const level = Math.min(6, Math.max(1, this.headingLevel));
    const s = localStrings(this);
    // Nothing to list (no transcript yet, or one without questions or chapters): the panel is not shown.
    this.toggleAttribute('empty', !data || !hasOutline(data));
    return html`
      <nav aria-labelledby="questions-heading" part="nav">
        ${heading(level, 'questions-heading', html`${s.questions}`)}
        ${data ? this.renderOutline(data, level + 1, s) : nothing}
        <input class="link-field" type="text" readonly aria-label=${s.link} hidden @blur=${this.hideField} />
        <p class="status copied" role="status" part="status">${this.announcer.text}</p>
      </nav>
    `;
  }

  private renderOutline(data: Transcript, level: number, s: ParleyStrings) {
    if (!hasOutline(data)) return html`<p class="muted" part="empty">${s.noQuestions}</p>`;
    const current = (this.playback.value as { question: number }).question;
    if (!data.chapters.length) return this.renderList(data, data.questions.map((_, q) => q), current, s);
    // Each question goes under the last chapter that starts at or before its turn.
    const firsts = data.chapters.map((_, c) => chapterFirstTurn(data, c));
    const groups: number[][] = data.chapters.map(() => []);
    const before: number[] = [];
    data.questions.forEach((question, q) => {
      let at = -1;
      firsts.forEach((first, c) => {
        if (first >= 0 && first <= question.turn) at = c;
      });
      (at < 0 ? before : groups[at]!).push(q);
    });
    return html`
      ${before.length ? this.renderList(data, before, current, s) : nothing}
      ${data.chapters.map(
        (chapter, c) => html`
          ${heading(level, `chapter-${c}`, this.renderChapterControl(data, c, chapter.title))}
          ${groups[c]!.length ? this.renderList(data, groups[c]!, current, s) : nothing}
        `,
      )}
    `;
  }

  private renderChapterControl(data: Transcript, c: number, title: string): TemplateResult {
    const time = chapterTime(data, c);
    if (time === null) {
      const first = chapterFirstTurn(data, c);
      return first < 0
        ? html`${title}`
        : html`<button type="button" class="entry chapter" part="entry chapter" @click=${() => this.focusTurn(first)}>${title}</button>`;
    }
    const mediaTime = mediaTimeOf(time, this.offset);
    return html`<a
      class="chapter"
      href=${`#${formatMediaFragment({ start: mediaTime })}`}
      aria-label=${`${title}, ${formatClock(time)}`}
      @click=${(e: MouseEvent) => this.play(e, mediaTime)}
      >${title}</a
    >
    <span class="time muted">${formatClock(time)}</span>`;
  }

  private renderList(data: Transcript, questions: number[], current: number, s: ParleyStrings) {
    return html`<ol part="list">
      ${questions.map((q) => this.renderQuestion(data, q, q === current, s))}
    </ol>`;
  }

  private renderQuestion(data: Transcript, q: number, current: boolean, s: ParleyStrings) {
    const question = data.questions[q]!;
    const label = questionLabel(data, q, s);
    const time = questionTime(data, q);
    const who = [question.asker, question.outlet].filter(Boolean).join(', ');
    const to = listNames(question.addressees.map((id) => speakerName(data, id)), s);
    const by = listNames(question.answers.map((t) => speakerName(data, data.turns[t]?.speaker ?? '')).filter(Boolean), s);
    // The visible text is the accessible name, word for word (speech input users say what they see).
    const body = html`<span class="num">${fill(s.question, { n: q + 1 })}</span>${who ? html`, <span class="who">${who}</span>` : nothing}${time !== null
        ? html`, <span class="time">${formatClock(time)}</span>`
        : nothing}`;
    const mediaTime = time === null ? null : mediaTimeOf(time, this.offset);
    return html`<li class="question" part="question">
      ${mediaTime === null
        ? html`<button type="button" class="entry" part="entry" aria-label=${label} @click=${() => this.focusTurn(question.turn)}>${body}</button>`
        : html`<a
            class="entry"
            href=${`#${formatMediaFragment({ start: mediaTime })}`}
            aria-label=${label}
            aria-current=${current ? 'true' : nothing}
            data-now=${s.now}
            @click=${(e: MouseEvent) => this.play(e, mediaTime)}
            >${body}</a
          >`}
      ${to || by
        ? html`<p class="meta muted">${to ? fill(s.questionTo, { names: to }) : nothing} ${by ? fill(s.answeredBy, { names: by }) : s.notAnswered}</p>`
        : nothing}
      ${mediaTime === null
        ? nothing
        : html`<button type="button" class="copy quiet" part="button copy" aria-label=${fill(s.copyLinkToQuestion, { n: q + 1 })} @click=${() => this.copyLink(mediaTime)}>
            ${s.copyLink}
          </button>`}
    </li>`;
  }

  private play(event: MouseEvent, mediaTime: number): void {
    // Modified clicks open the link elsewhere, as links do.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    request(this, 'parley-seek-request', { time: mediaTime, play: true });
  }

  private focusTurn(turn: number): void {
    request(this, 'parley-show-turn-request', { turn, focus: true });
  }

  private async copyLink(mediaTime: number): Promise<void> {
    const link = linkAt(location.href, { start: mediaTime });
    this.announcer.say(copiedMessage(await copyText(link, this.linkField), localStrings(this)));
  }

  private hideField = (): void => {
    this.linkField.hidden = true;
  };
}

function heading(level: number, id: string, content: TemplateResult) {
  switch (level) {
    case 1: return html`<h1 id=${id}>${content}</h1>`;
    case 2: return html`<h2 id=${id} part="heading">${content}</h2>`;
    case 3: return html`<h3 id=${id} part="heading">${content}</h3>`;
    case 4: return html`<h4 id=${id}>${content}</h4>`;
    case 5: return html`<h5 id=${id}>${content}</h5>`;
    default: return html`<h6 id=${id}>${content}</h6>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-questions': ParleyQuestions;
  }
}
