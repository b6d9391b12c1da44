import { css } from 'lit';

export const styles = css`
  :host {
    /* System colours (Canvas, CanvasText) follow the reader's light or dark preference. */
    color-scheme: light dark;
    --parley-gap: 1rem;
    --parley-side-width: 45%;
    display: block;
    container-type: inline-size;
    color: CanvasText;
    background: Canvas;
  }
  [hidden] {
    display: none !important;
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: var(--parley-gap);
  }
  .main {
    display: flex;
    flex-direction: column;
    gap: calc(var(--parley-gap) / 2);
    min-width: 0;
  }
  .stage ::slotted(video),
  .stage video {
    display: block;
    width: 100%;
    max-height: 70vh;
    background: #000;
  }
  .alert:empty {
    display: none;
  }
  .alert {
    padding: 0.5rem 0.75rem;
    border: 2px solid #b3261e;
    border-left-width: 6px;
    border-radius: 4px;
  }
  .alert p {
    margin: 0.25rem 0;
  }
  @media (prefers-color-scheme: dark) {
    .alert {
      border-color: #ff8a80;
    }
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
      column-gap: calc(var(--parley-gap) * 1.5);
      row-gap: calc(var(--parley-gap) / 2);
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
      margin-top: var(--parley-gap);
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
      flex: 0 0 var(--parley-side-width);
      --parley-transcript-max-height: 80vh;
    }
  }
`;
