import { css } from 'lit';
import { navStyles } from '../shared/nav-styles.js';

export const styles = [
  navStyles,
  css`
    form {
      margin: 0;
    }
    label {
      display: block;
      font-weight: 700;
      margin-bottom: 0.25rem;
    }
    input[type='search'] {
      box-sizing: border-box;
      width: 100%;
      min-height: 2.5rem;
      padding: 0.3rem 0.5rem;
      border: 2px solid var(--_border);
      border-radius: 6px;
      background: Field;
      color: FieldText;
    }
    .row {
      margin-top: 0.4rem;
    }
  `,
];
