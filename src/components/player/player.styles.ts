import { css } from 'lit';
import { theme } from '../shared/theme.js';

export const styles = [
  theme,
  css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_color);
    background: var(--_background);
  }
  [hidden] {
    display: none !important;
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .main {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    min-width: 0;
  }
  .stage ::slotted(video),
  .stage video {
    display: block;
    width: 100%;
    max-height: 70vh;
    background: #000;
  }
  /* hide="waveform speed volume offset fallback": optional parts a page turns off. */
  :host([hide~='waveform']) parley-waveform,
  :host([hide~='fallback']) .stage ::slotted(:not(audio, video, [slot])) {
    display: none;
  }
  :host([hide~='speed']) parley-controls::part(speed),
  :host([hide~='volume']) parley-controls::part(volume),
  :host([hide~='offset']) parley-controls::part(offset) {
    display: none;
  }
  .alert:empty {
    display: none;
  }
  .alert {
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_error-color);
    border-left-width: 6px;
    border-radius: 4px;
  }
  .alert p {
    margin: 0.25rem 0;
  }
  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }
  }
  /*
   * Audio with panels on a wide screen: the panels (questions, search, speakers) form a column
   * beside the transcript, which then starts near the top of the page instead of below them.
   * The panels come first in the document, so they are on the left: reading and Tab order match
   * what the eye sees. \`.main\` steps aside (display: contents) so its children join the grid.
   */
  @container (min-width: 60rem) {
    .layout.audio.has-panels {
      display: grid;
      grid-template-columns: minmax(15rem, 22rem) minmax(0, 1fr);
      grid-template-areas: 'stage stage' 'alert alert' 'waveform waveform' 'controls controls' 'panels transcript';
      column-gap: calc(var(--_gap) * 1.5);
      row-gap: calc(var(--_gap) / 2);
      align-items: start;
    }
    .layout.audio.has-panels .main {
      display: contents;
    }
    .layout.audio.has-panels .stage {
      grid-area: stage;
    }
    .layout.audio.has-panels .alert {
      grid-area: alert;
    }
    .layout.audio.has-panels parley-waveform {
      grid-area: waveform;
    }
    .layout.audio.has-panels parley-controls {
      grid-area: controls;
    }
    .layout.audio.has-panels ::slotted([slot='panels']) {
      grid-area: panels;
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
    .layout.audio.has-panels parley-transcript {
      grid-area: transcript;
      margin-top: var(--_gap);
    }
  }
  /* Video: the transcript sits beside the picture on wide screens, below it on narrow ones. */
  @container (min-width: 56rem) {
    .layout.video {
      flex-direction: row;
      align-items: flex-start;
    }
    .layout.video .main {
      flex: 1 1 auto;
    }
    .layout.video parley-transcript {
      flex: 0 0 var(--parley-side-width, 45%);
      --parley-transcript-max-height: 80vh;
    }
  }
`,
];
