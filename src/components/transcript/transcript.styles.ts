import { css } from 'lit';
import { srOnly } from '../shared/styles.js';
import { theme } from '../shared/theme.js';

/**
 * Highlight styles are paint-only (background, outline, box-shadow, text-decoration, colour):
 * changing the current word or turn must never lay out the page again.
 */
export const styles = [
  theme,
  srOnly,
  css`
    :host {
      /* A passage opened from a #t=start,end link (see theme.ts for the other colours). */
      --_passage-background: var(--parley-passage-background, light-dark(#d7f0d0, #1e4620));
      display: block;
      color: var(--_color);
      background: var(--_background);
      min-width: 0;
    }
    [hidden] {
      display: none !important;
    }
    .region {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    button {
      font: inherit;
      color: inherit;
    }
    .float {
      position: sticky;
      bottom: 0.75rem;
      display: flex;
      justify-content: flex-end;
      margin-top: -3.25rem;
      padding: 0 0.75rem;
      pointer-events: none;
      z-index: 1;
    }
    .back {
      pointer-events: auto;
      box-shadow: 0 2px 6px rgb(0 0 0 / 0.35);
      padding: 0.5rem 1rem;
      font-weight: 700;
      border: 2px solid currentColor;
      border-radius: 999px;
      background: var(--_background);
      cursor: pointer;
    }
    .untimed,
    .error {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-left-width: 4px;
    }
    .scroller {
      max-height: var(--parley-transcript-max-height, 70vh);
      overflow-y: auto;
      overscroll-behavior: contain;
      border: 1px solid var(--_border);
      border-radius: 4px;
      padding: 0.25rem 0.5rem;
    }
    .turns {
      display: block;
    }
    .chunk {
      /* A group of 20 turns, built in one slice of idle time (render-turns.ts); a change inside
         one is laid out inside it. Not content-visibility: auto: Chromium leaves the turns of
         skipped chunks out of the accessibility tree, so a screen reader could not reach them. */
      contain: layout style;
    }
    .turn {
      padding: 0.5rem 0.5rem 0.25rem 0.75rem;
      margin: 0.25rem 0;
      border-radius: 4px;
      /* Reading preferences (see <parley-settings>): a size factor and a line spacing. */
      font-size: calc(1em * var(--_text-scale, 1));
      line-height: var(--_line-height, 1.6);
      overflow-wrap: break-word;
    }
    .turn:focus-visible {
      outline-offset: -3px;
    }
    .turn[aria-current='true'] {
      background: var(--_current-background);
      box-shadow: inset 5px 0 0 var(--_current-accent);
    }
    .turn-heading {
      margin: 0.25rem 0 0.5rem;
      font-size: 1.05em;
      line-height: 1.3;
    }
    .turn-heading.chapter {
      font-size: 1.15em;
      padding-bottom: 0.25rem;
      border-bottom: 1px solid var(--_border);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.5rem;
    }
    .stamp {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
      padding: 0.1rem 0.35rem;
      margin-left: -0.35rem;
      border: 0;
      border-radius: 4px;
      background: transparent;
      cursor: pointer;
      text-align: start;
    }
    /* Touch screens and small players: a turn's button is at least 44 px high. */
    @media (pointer: coarse) {
      .stamp {
        min-height: 2.75rem;
      }
    }
    @container (max-width: 38rem) {
      .stamp {
        min-height: 2.75rem;
      }
    }
    .stamp:hover .time {
      text-decoration: underline;
    }
    .time {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
    }
    .speaker {
      font-weight: 700;
      color: var(--_speaker-color);
    }
    .turn-note,
    .n {
      color: var(--_muted);
      font-style: italic;
    }
    .para {
      margin: 0.25rem 0 0.5rem;
    }
    .s {
      cursor: pointer;
    }
    .s > .n {
      cursor: auto;
    }
    /* The word being spoken: colour, and an underline so that it does not rely on colour. A
       highlight, not an element: moving it changes no DOM and restyles nothing. */
    ::highlight(parley-word) {
      background-color: var(--_word-background);
      text-decoration: underline 0.15em;
    }
    /* Timestamps off: the time leaves the screen but stays in the button's name ("0:42 Secretary Rice"). */
    .hide-timestamps .time {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* Word highlight off: the range is still kept (follow-along uses it), but not painted. */
    .no-word-highlight *::highlight(parley-word) {
      background-color: transparent;
      text-decoration: none;
    }
    /* A passage opened from a #t=start,end link: a background and a solid underline. */
    ::highlight(parley-passage) {
      background-color: var(--_passage-background);
      text-decoration: underline solid 0.1em;
    }
    .link-field {
      width: 100%;
      box-sizing: border-box;
    }
    ::highlight(parley-match) {
      background-color: var(--_match-background);
      text-decoration: underline wavy;
    }
    ::highlight(parley-match-active) {
      background-color: var(--_active-match-background);
      text-decoration: underline double;
    }
    @media (forced-colors: active) {
      .scroller,
      .untimed,
      .error {
        border-color: CanvasText;
      }
      .turn[aria-current='true'] {
        outline: 3px solid Highlight;
        outline-offset: -3px;
      }
      ::highlight(parley-word) {
        background-color: Mark;
        color: MarkText;
        text-decoration: underline 0.15em;
      }
      ::highlight(parley-passage) {
        background-color: Mark;
        color: MarkText;
      }
      ::highlight(parley-match) {
        background-color: Highlight;
        color: HighlightText;
      }
      ::highlight(parley-match-active) {
        background-color: Mark;
        color: MarkText;
      }
      .back {
        border-color: ButtonText;
      }
    }
    .print-only {
      display: none;
    }
    /*
     * On paper the transcript reads like the official document: the title and date, each turn a
     * time and the speaker in bold, then the text; no buttons, highlights, boxes or scrolling.
     */
    @media print {
      :host {
        color: #000;
        background: #fff;
        font: 11pt/1.5 Georgia, 'Times New Roman', serif;
      }
      .print-only {
        display: block;
        margin-bottom: 1.5em;
        text-align: center;
      }
      .print-only p {
        margin: 0;
      }
      .print-title {
        font-size: 14pt;
        font-weight: 700;
        margin-bottom: 0.5em !important;
      }
      #heading,
      .float,
      .untimed,
      .link-field,
      [role='status'] {
        display: none !important;
      }
      .scroller {
        max-height: none;
        overflow: visible;
        border: 0;
        padding: 0;
      }
      .turn,
      .turn[aria-current='true'] {
        background: none;
        box-shadow: none;
        padding: 0;
        margin: 0 0 0.75em;
        break-inside: avoid-page;
      }
      .stamp {
        padding: 0;
        margin: 0;
        font: inherit;
        color: #000;
      }
      .time {
        color: #000;
        font-variant-numeric: tabular-nums;
      }
      /* The time prints even when the reader hid it on screen. */
      .hide-timestamps .time {
        position: static;
        width: auto;
        height: auto;
        clip-path: none;
      }
      .speaker {
        color: #000;
        text-transform: uppercase;
      }
      .para {
        margin: 0.25em 0 0.5em;
      }
      ::highlight(parley-word) {
        background-color: transparent;
        text-decoration: none;
      }
      .turn-heading {
        break-after: avoid-page;
      }
    }
  `,
];
