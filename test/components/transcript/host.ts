/**
 * A bare host element for testing the transcript's controllers one at a time: a scrolling box
 * of the given height holding the turns, rendered once with `renderTurns` as the transcript does.
 */
import { LitElement, html, css } from 'lit';
import type { Transcript } from '../../../src/model/transcript.js';
import { renderTurns, type RenderedTurns } from '../../../src/components/transcript/render-turns.js';
import { styles } from '../../../src/components/transcript/transcript.styles.js';

export class ControllerHost extends LitElement {
  static override styles = [styles, css`.scroller { max-height: 150px; }`];
  rendered: RenderedTurns | null = null;
  htmlFor = '';
  offset = 0;
  renders = 0;

  protected override render() {
    this.renders++;
    return html`<div class="scroller"><div class="turns" role="list"></div></div>`;
  }

  get scroller(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.scroller')!;
  }

  /** Renders the turns of `transcript` into the box. */
  show(transcript: Transcript): RenderedTurns {
    this.rendered = renderTurns(transcript, this.renderRoot.querySelector<HTMLElement>('.turns')!);
    return this.rendered;
  }
}
customElements.define('parley-test-controller-host', ControllerHost);
