import { css } from 'lit';

/**
 * Parley's theme: every element includes this sheet first.
 *
 * Light or dark follows the page's `color-scheme` (which the elements inherit): a page that declares
 * nothing stays light even in a dark-mode browser; a page with `color-scheme: light dark` follows the
 * reader's preference; `theme="light"` or `theme="dark"` on an element forces one. Colours are
 * written with `light-dark()`, which picks by the element's own scheme, and the system colours
 * (Canvas, CanvasText) follow the same scheme.
 *
 * A page themes Parley with the public `--parley-*` custom properties (documented in
 * docs/player.md). They are read here, once, into private `--_*` properties with Parley's defaults,
 * never set on `:host`: a value the page sets on `parley-player` or any ancestor reaches the elements
 * inside the player's shadow tree too.
 */
export const theme = css`
  :host {
    --_background: var(--parley-background, Canvas);
    --_color: var(--parley-color, CanvasText);
    --_accent: var(--parley-accent, light-dark(#1a5fb4, #99c1f1));
    --_on-accent: var(--parley-on-accent, light-dark(#fff, #000));
    --_muted: var(--parley-muted-color, light-dark(#595959, #b8b8b8));
    --_border: var(--parley-border-color, light-dark(#8a8f96, #6b7078));
    --_radius: var(--parley-radius, 6px);
    --_gap: var(--parley-gap, 1rem);
    --_focus: var(--parley-focus-color, light-dark(#1a5fb4, #99c1f1));
    --_focus-width: var(--parley-focus-width, 3px);
    --_current-background: var(--parley-current-background, light-dark(#fff4c2, #3d3312));
    --_current-accent: var(--parley-current-accent, light-dark(#9a6700, #f5c211));
    --_word-background: var(--parley-word-background, light-dark(#ffd75e, #7a5d00));
    --_match-background: var(--parley-match-background, light-dark(#c9e3ff, #1c4a7a));
    --_active-match-background: var(--parley-active-match-background, light-dark(#ff9f43, #a34f00));
    --_speaker-color: var(--parley-speaker-color, light-dark(#1f3a5f, #b7d3f5));
    --_error-color: var(--parley-error-color, light-dark(#b3261e, #ff8a80));
    font-family: var(--parley-font-family, inherit);
    font-size: var(--parley-font-size, inherit);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* Forced colours: the browser replaces the theme's colours; borders and the focus ring use system ones. */
  @media (forced-colors: active) {
    :host {
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }
`;
