import { css } from 'lit';
import { srOnly } from '../shared/styles.js';
import { theme } from '../shared/theme.js';

export const styles = [
  theme,
  srOnly,
  css`
    :host {
      display: block;
    }
    :host([hide~='speed']) [part~='speed'],
    :host([hide~='volume']) [part~='volume'] {
      display: none;
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
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_on-accent);
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
