import { css } from 'lit';
import { disclosureButton } from '../shared/styles.js';
import { theme } from '../shared/theme.js';

export const styles = [
  theme,
  disclosureButton,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    [hidden] {
      display: none !important;
    }
    button,
    select,
    input {
      font: inherit;
    }
    select,
    input[type='number'] {
      min-height: 2.75rem;
      box-sizing: border-box;
    }
    .icon {
      font-family: Georgia, serif;
      font-weight: 700;
    }
    .panel {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-top: 0.5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: 6px;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-height: 2.75rem;
    }
    .check input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
    }
    input[type='number'] {
      width: 5em;
    }
    .help {
      flex-basis: 100%;
      margin: -0.5rem 0 0;
      font-size: 0.875em;
      opacity: 0.85;
    }
  `,
];
