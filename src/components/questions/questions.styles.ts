import { css } from 'lit';
import { navStyles } from '../shared/nav-styles.js';

export const styles = [
  navStyles,
  css`
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li.question {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: start;
      gap: 0 0.5rem;
      padding: 0.4rem 0.5rem;
      border-left: 4px solid transparent;
      border-radius: 4px;
    }
    li.question:has(.entry[aria-current='true']) {
      border-left-color: var(--_accent);
      background: var(--_current-background);
    }
    .entry {
      display: block;
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    button.entry {
      all: unset;
      display: block;
      font-weight: 700;
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
    }
    button.entry:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    .entry[aria-current='true']::after {
      /* Not by colour alone: the current question also says so in words (its name stays the same). */
      content: ' — ' attr(data-now);
      font-weight: 700;
    }
    .who {
      font-weight: 400;
    }
    .time {
      font-variant-numeric: tabular-nums;
      font-weight: 400;
    }
    .meta {
      grid-column: 1;
      margin: 0.1rem 0 0;
      font-size: 0.9em;
    }
    .copy {
      grid-column: 2;
      grid-row: 1 / span 2;
      min-height: 2.25rem;
      padding: 0.2rem 0.5rem;
      font-size: 0.875em;
    }
    h3 .chapter {
      text-decoration: underline;
    }
    .copied {
      margin: 0.25rem 0;
    }
    .link-field {
      width: 100%;
      box-sizing: border-box;
    }
    @media (forced-colors: active) {
      li.question:has(.entry[aria-current='true']) {
        border-left-color: Highlight;
        outline: 2px solid CanvasText;
      }
    }
  `,
];
