import { css } from 'lit';
import { srOnly } from './styles.js';

/**
 * The look shared by the navigation elements: native controls in the player's colours, a visible
 * focus ring, dark mode, and forced colors where borders replace backgrounds.
 */
export const navStyles = css`
  :host {
    --parley-nav-accent: #1a5fb4;
    --parley-nav-on-accent: #fff;
    --parley-nav-muted: #4f5359;
    --parley-nav-current: #e8f0fb;
    --parley-nav-border: #8a8f96;
    display: block;
    font: inherit;
    min-width: 0;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --parley-nav-accent: #99c1f1;
      --parley-nav-on-accent: #000;
      --parley-nav-muted: #c0c4ca;
      --parley-nav-current: #1d3045;
      --parley-nav-border: #8a8f96;
    }
  }
  [hidden] {
    display: none !important;
  }
  ${srOnly}
  :focus-visible {
    outline: 3px solid var(--parley-focus-color, var(--parley-nav-accent));
    outline-offset: 2px;
  }
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
    border-radius: 6px;
    background: var(--parley-nav-accent);
    color: var(--parley-nav-on-accent);
    cursor: pointer;
  }
  button.quiet {
    background: transparent;
    color: inherit;
    border-color: var(--parley-nav-border);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  a {
    color: var(--parley-nav-accent);
  }
  .status {
    min-height: 1.5em;
    margin: 0.25rem 0;
  }
  .muted {
    color: var(--parley-nav-muted);
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
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
