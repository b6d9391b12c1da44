/**
 * A bare host element for testing the transcript's controllers one at a time: a scrolling box
 * of the given height holding the turns, rendered once with `renderTurns` as the transcript does.
 */
import { LitElement, html, css } from 'lit';
import { fixture } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { INITIAL_VIEW, viewContext, type ViewState } from '../../../src/components/shared/context.js';
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

/**
 * A host inside a page element that provides a view state, as a player does: controllers that
 * subscribe to the player's view (`viewContext`) get it from there. `set` publishes a change.
 */
export async function hostWithView(initial: Partial<ViewState> = {}): Promise<{ host: ControllerHost; set: (change: Partial<ViewState>) => void }> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const provider = new ContextProvider(page, { context: viewContext, initialValue: { ...INITIAL_VIEW, ...initial } });
  const host = document.createElement('parley-test-controller-host') as ControllerHost;
  page.append(host);
  await host.updateComplete;
  return { host, set: (change) => provider.setValue({ ...provider.value!, ...change }) };
}
