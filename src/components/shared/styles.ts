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
