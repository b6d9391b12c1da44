import { css } from 'lit';
import { focusRing, srOnly } from '../shared/styles.js';

export const styles = [
  srOnly,
  focusRing,
  css`
    :host {
      /* System colours (Canvas, CanvasText) follow the reader's light or dark preference. */
      color-scheme: light dark;
      --parley-button-background: #1a5fb4;
      --parley-button-color: #fff;
      display: block;
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --parley-button-background: #99c1f1;
        --parley-button-color: #000;
      }
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      margin: 0.25rem 0;
    }
    button,
    select,
    input {
      font: inherit;
    }
    /* Touch targets at least 44 px high. */
    select {
      min-height: 2.75rem;
    }
    input[type='range'] {
      height: 2.75rem;
      margin: 0;
    }
    button {
      min-height: 2.5rem;
      min-width: 2.75rem;
      padding: 0.3rem 0.8rem;
      border: 2px solid transparent;
      border-radius: 6px;
      background: var(--parley-button-background);
      color: var(--parley-button-color);
      cursor: pointer;
    }
    button:disabled {
      opacity: 0.6;
      cursor: default;
    }
    .play {
      min-width: 6.5rem;
      font-weight: 700;
    }
    .icon {
      display: inline-block;
      /* A minimum, not a width: "❚❚" is wider than "▶" and must not run into the word. */
      min-width: 1.5em;
      margin-inline-end: 0.25em;
    }
    .time {
      font-variant-numeric: tabular-nums;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
    }
    input[type='number'] {
      width: 5em;
    }
    input[type='range'] {
      width: 7rem;
    }
    .help {
      font-size: 0.875em;
      opacity: 0.85;
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
    }
  `,
];
