import { css } from 'lit';
import { navStyles } from '../shared/nav-styles.js';

export const styles = [
  navStyles,
  css`
    fieldset {
      margin: 0;
      padding: 0.4rem 0.75rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: 6px;
      min-width: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.1rem 1rem;
    }
    li {
      display: flex;
      align-items: center;
      min-height: 2.25rem;
    }
    label {
      display: inline-flex;
      align-items: flex-start;
      gap: 0.4rem;
      min-height: 2.25rem;
      cursor: pointer;
    }
    input[type='checkbox'] {
      flex: none;
      width: 1.15rem;
      height: 1.15rem;
      margin: 0.2rem 0 0;
      accent-color: var(--_accent);
    }
    .count {
      color: var(--_muted);
    }
  `,
];
