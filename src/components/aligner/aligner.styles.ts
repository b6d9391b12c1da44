import { css } from 'lit';
import { navStyles } from '../shared/nav-styles.js';

/** The aligner uses the navigation's controls and colours; the progress bar is the native one. */
export const alignerStyles = [
  navStyles,
  css`
    .panel {
      max-width: 40rem;
      margin: 0.75rem 0;
    }
    .panel > p {
      margin: 0 0 0.5rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    button:not(.primary) {
      background: transparent;
      color: inherit;
      border-color: var(--parley-nav-border);
    }
    label {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem;
      /* A flex item is as wide as its widest content by default: the format list would overflow a phone's width. */
      max-width: 100%;
      min-width: 0;
    }
    label[for] {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    progress {
      flex: 1 1 10rem;
      min-width: 8rem;
      height: 1.25rem;
      accent-color: var(--parley-nav-accent);
    }
    .percent {
      min-width: 3.5em;
      font-variant-numeric: tabular-nums;
    }
    select {
      min-height: 2.5rem;
      max-width: 100%;
      min-width: 0;
    }
    .notes {
      margin: 0;
      padding-left: 1.25rem;
    }
    .panel > p#notes-heading {
      margin: 0.75rem 0 0.25rem;
    }
    .error {
      border-left: 4px solid #c01c28;
      padding-left: 0.5rem;
    }
    @media (prefers-color-scheme: dark) {
      .error {
        border-left-color: #ff7b7b;
      }
    }
    @media (forced-colors: active) {
      .error {
        border-left-color: CanvasText;
      }
    }
  `,
];
