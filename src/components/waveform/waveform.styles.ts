import { css } from 'lit';
import { focusRing } from '../shared/styles.js';

export const styles = [
  focusRing,
  css`
    :host {
      /* System colours (Canvas, CanvasText) follow the reader's light or dark preference. */
      color-scheme: light dark;
      --parley-wave-color: #8a8a8a;
      --parley-progress-color: #1a5fb4;
      --parley-cursor-color: #000;
      --parley-wave-height: 64px;
      display: block;
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --parley-wave-color: #777;
        --parley-progress-color: #99c1f1;
        --parley-cursor-color: #fff;
      }
    }
    @media (forced-colors: active) {
      :host {
        --parley-wave-color: GrayText;
        --parley-progress-color: Highlight;
        --parley-cursor-color: CanvasText;
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
      /* wavesurfer.js moves its progress and cursor on every frame while playing: contained,
         that layout stays inside the waveform instead of laying out the whole page (and an
         hours-long transcript) again each frame. */
      contain: strict;
      height: var(--parley-wave-height);
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
