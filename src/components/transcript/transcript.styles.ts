import { css } from 'lit';
import { focusRing, srOnly } from '../shared/styles.js';

/**
 * Highlight styles are paint-only (background, outline, box-shadow, text-decoration, colour):
 * changing the current word or turn must never lay out the page again.
 */
export const styles = [
  srOnly,
  focusRing,
  css`
    :host {
      /* System colours (Canvas, CanvasText) follow the reader's light or dark preference. */
      color-scheme: light dark;
      --parley-transcript-max-height: 70vh;
      --parley-current-background: #fff4c2;
      --parley-current-accent: #9a6700;
      --parley-word-background: #ffd75e;
      --parley-match-background: #c9e3ff;
      --parley-active-match-background: #ff9f43;
      --parley-speaker-color: #1f3a5f;
      --parley-quiet-color: #595959;
      --_border: #c4c4c4;
      display: block;
      color: CanvasText;
      background: Canvas;
      min-width: 0;
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --parley-current-background: #3d3312;
        --parley-current-accent: #f5c211;
        --parley-word-background: #7a5d00;
        --parley-match-background: #1c4a7a;
        --parley-active-match-background: #a34f00;
        --parley-speaker-color: #b7d3f5;
        --parley-quiet-color: #b0b0b0;
        --_border: #555;
      }
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
      background: Canvas;
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
      max-height: var(--parley-transcript-max-height);
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
      line-height: 1.6;
      overflow-wrap: break-word;
    }
    .turn:focus-visible {
      outline-offset: -3px;
    }
    .turn[aria-current='true'] {
      background: var(--parley-current-background);
      box-shadow: inset 5px 0 0 var(--parley-current-accent);
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
    .stamp:hover .time {
      text-decoration: underline;
    }
    .time {
      font-variant-numeric: tabular-nums;
      color: var(--parley-quiet-color);
    }
    .speaker {
      font-weight: 700;
      color: var(--parley-speaker-color);
    }
    .turn-note,
    .n {
      color: var(--parley-quiet-color);
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
      background-color: var(--parley-word-background);
      text-decoration: underline 0.15em;
    }
    ::highlight(parley-match) {
      background-color: var(--parley-match-background);
      text-decoration: underline wavy;
    }
    ::highlight(parley-match-active) {
      background-color: var(--parley-active-match-background);
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
  `,
];
