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

/**
 * A button that shows or hides a panel ("Reading settings", "Download transcript"): outlined, at
 * least 44 px high; open, it is tinted and underlined by a thick bar (not colour alone).
 */
export const disclosureButton = css`
  .disclosure {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.3rem 0.8rem;
    border: 2px solid currentColor;
    border-radius: 6px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .disclosure[aria-expanded='true'] {
    background: color-mix(in srgb, currentColor 12%, transparent);
    box-shadow: inset 0 -4px 0 currentColor;
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
