import { css } from 'lit';
import { navStyles } from '../shared/nav-styles.js';

export const styles = [
  navStyles,
  css`
    dialog {
      width: min(34rem, calc(100vw - 1rem));
      max-height: calc(100vh - 2rem);
      box-sizing: border-box;
      padding: 0.75rem clamp(0.5rem, 3vw, 1.25rem);
      border: 2px solid var(--_border);
      border-radius: 8px;
      background: var(--_background);
      color: var(--_color);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin: 0.5rem 0 1rem;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--_border);
    }
    th[scope='row'] {
      /* As narrow as its widest key, so the descriptions get the room on a phone. */
      width: 1%;
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .head h2 {
      margin: 0;
    }
    kbd {
      display: inline-block;
      min-width: 1.4em;
      padding: 0.05rem 0.35rem;
      border: 1px solid var(--_border);
      border-bottom-width: 2px;
      border-radius: 4px;
      font: inherit;
      font-family: ui-monospace, monospace;
      text-align: center;
      white-space: nowrap;
    }
    .note {
      margin: 0.25rem 0;
    }
  `,
];
