import { css } from 'lit';
import { theme } from '../shared/theme.js';

export const styles = [
  theme,
  css`
    :host {
      --_wave: var(--parley-wave-color, light-dark(#8a8a8a, #777));
      --_progress: var(--parley-progress-color, var(--_accent));
      --_cursor: var(--parley-cursor-color, CanvasText);
      display: block;
    }
    @media (forced-colors: active) {
      :host {
        --_wave: GrayText;
        --_progress: Highlight;
        --_cursor: CanvasText;
      }
      .slider {
        border: 1px solid CanvasText;
      }
    }
    .slider {
      position: relative;
      cursor: pointer;
      border-radius: 4px;
    }
    .wave {
      /* The progress and cursor move whenever the position reaches another pixel: contained,
         that layout stays inside the waveform instead of laying out the whole page (and an
         hours-long transcript) again. */
      contain: strict;
      height: var(--parley-wave-height, 64px);
    }
    .bands {
      display: block;
      width: 100%;
      height: 6px;
    }
    .probe {
      display: none;
    }
  `,
];
