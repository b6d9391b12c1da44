import { css } from 'lit';
import { srOnly } from './styles.js';
import { theme } from './theme.js';

/**
 * The look shared by the navigation elements: native controls in the player's colours, a visible
 * focus ring, the theme (see theme.ts), and forced colors where borders replace backgrounds.
 */
export const navStyles = css`
  ${theme}
  :host {
    display: block;
    font: inherit;
    font-family: var(--parley-font-family, inherit);
    min-width: 0;
  }
  [hidden],
  /* Folded away by the player's small-screen layout (see player/panel-tabs.ts). */
  :host([data-parley-folded]) {
    display: none !important;
  }
  /* A panel with nothing to show (see each element's empty attribute); a page may still show it. */
  :host([empty]) {
    display: none;
  }
  ${srOnly}
  h2,
  h3 {
    margin: 0.5rem 0 0.25rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.15rem;
  }
  h3 {
    font-size: 1rem;
  }
  button,
  input,
  select {
    font: inherit;
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
  button.quiet {
    background: transparent;
    color: inherit;
    border-color: var(--_border);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  a {
    color: var(--_accent);
  }
  .status {
    min-height: 1.5em;
    margin: 0.25rem 0;
  }
  .muted {
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
