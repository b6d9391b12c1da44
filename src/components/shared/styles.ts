import { css } from 'lit';

/** Visually hidden but read by screen readers. */
export const srOnly = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** A visible, high-contrast focus ring for every focusable part, kept in forced colors. */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--parley-focus-color, #1a5fb4);
    outline-offset: 2px;
  }
  @media (prefers-color-scheme: dark) {
    :focus-visible {
      outline-color: var(--parley-focus-color, #99c1f1);
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
