import { css } from 'lit';
import { disclosureButton } from '../shared/styles.js';
import { theme } from '../shared/theme.js';

export const styles = [
  theme,
  disclosureButton,
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
  /* Wrappers for the small-screen layout; elsewhere their children join the layout directly. */
  .dock,
  .full,
  .panels {
    display: contents;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25rem 1rem;
  }
  .controls parley-controls {
    flex: 1 1 auto;
  }
  .controls parley-settings,
  .controls parley-download,
  .controls .lazy {
    margin: 0.25rem 0;
  }
  /* Printed, the player is its transcript: no controls, no panels (see the transcript's print styles). */
  @media print {
    .layout {
      display: block !important;
    }
    .stage,
    .alert:empty,
    .dock {
      display: none !important;
    }
    parley-transcript {
      --parley-transcript-max-height: none;
    }
  }
  ::slotted([data-parley-folded]) {
    display: none !important;
  }
  /*
   * Small screens (the player under 38rem): the transcript comes on the first screen and the page
   * scrolls once. A dock sticks to the top of the window: the compact bar (Play/Pause, time,
   * "Controls"), the full controls when unfolded, and a strip of buttons that unfold one panel
   * at a time over the transcript. Every button is at least 44 px high.
   */
  .layout.narrow {
    gap: calc(var(--_gap) / 2);
  }
  .layout.narrow .main {
    display: contents;
  }
  .layout.narrow .dock {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.5rem 0;
    background: var(--_background);
    border-bottom: 1px solid var(--_border);
  }
  .layout.narrow .full {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .layout.narrow .full[hidden] {
    display: none;
  }
  .layout.narrow .panels {
    display: block;
  }
  /* Folded, the panels take no room from the first frame (they fold themselves a frame later). */
  .layout.narrow .panels:not(.open) ::slotted(*) {
    display: none;
  }
  .layout.narrow .panels.open {
    max-height: 55vh;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .layout.narrow parley-transcript,
  .layout.narrow .prerendered {
    --parley-transcript-max-height: none;
  }
  /* The first screenful written into the page (first-screenful.ts) stands where the transcript goes. */
  .prerendered {
    display: block;
    min-width: 0;
  }
  /* The compact bar already shows Play/Pause and the time. */
  .layout.narrow parley-controls::part(play),
  .layout.narrow parley-controls::part(time) {
    display: none;
  }
  /* The buttons share the width, on a second row when they do not fit: every one is seen whole. */
  .strip {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .strip .fold {
    flex: 1 0 auto;
  }
  .fold {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.3rem 0.45rem;
    border: 2px solid currentColor;
    border-radius: 6px;
    background: var(--_background);
    color: var(--_color);
    cursor: pointer;
  }
  /* Open: a tinted background and a thick bar along the bottom (not colour alone; no bold, which
     would widen the button and break the row). */
  .fold[aria-expanded='true'] {
    background: color-mix(in srgb, currentColor 14%, var(--_background));
    box-shadow: inset 0 -4px 0 currentColor;
  }
  .fold::after {
    content: ' ▾' / '';
  }
  .fold[aria-expanded='true']::after {
    content: ' ▴' / '';
  }
  @media (forced-colors: active) {
    .fold {
      border-color: ButtonText;
    }
    .fold[aria-expanded='true'] {
      outline: 2px solid Highlight;
    }
  }
  /* hide="waveform speed volume offset fallback": optional parts a page turns off. */
  :host([hide~='waveform']) parley-waveform,
  :host([hide~='fallback']) .stage ::slotted(:not(audio, video, [slot])) {
    display: none;
  }
  :host([hide~='speed']) parley-controls::part(speed),
  :host([hide~='volume']) parley-controls::part(volume),
  :host([hide~='offset']) parley-settings::part(offset) {
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
    .layout.audio.has-panels .controls {
      grid-area: controls;
    }
    .layout.audio.has-panels ::slotted([slot='panels']) {
      grid-area: panels;
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
    .layout.audio.has-panels parley-transcript,
    .layout.audio.has-panels .prerendered {
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
    .layout.video parley-transcript,
    .layout.video .prerendered {
      flex: 0 0 var(--parley-side-width, 45%);
      --parley-transcript-max-height: 80vh;
    }
  }
`,
];
