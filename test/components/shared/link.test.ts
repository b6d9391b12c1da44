import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { linkOf, eventTarget } from '../../../src/components/shared/link.js';

/** Stands for <parley-navigation>: a Parley element whose panels live in its shadow root. */
class Holder extends LitElement {
  protected override render() {
    return litHtml`<parley-x-panel></parley-x-panel>`;
  }
}
customElements.define('parley-x-holder', Holder);
customElements.define('parley-x-panel', class extends HTMLElement {});

describe('linkOf: the player an element belongs to', () => {
  it('is the player around it, or the one its for= (or its holder\'s) names; else none', async () => {
    // Not upgraded: linkOf reads only the document's structure and attributes.
    const page = await fixture<HTMLDivElement>(html`<div>
      <parley-player id="p1"><div slot="panels"><parley-x-panel id="inside"></parley-x-panel></div><parley-x-holder id="held-inside"></parley-x-holder></parley-player>
      <parley-x-panel id="beside" for="p1"></parley-x-panel>
      <parley-x-holder id="holder" for="p1"></parley-x-holder>
      <audio id="a1"></audio>
      <parley-x-panel id="media" for="a1"></parley-x-panel>
      <parley-x-panel id="missing" for="nothing"></parley-x-panel>
      <parley-x-panel id="alone"></parley-x-panel>
    </div>`);
    const holder = page.querySelector<Holder>('#holder')!;
    const heldInside = page.querySelector<Holder>('#held-inside')!;
    await Promise.all([holder.updateComplete, heldInside.updateComplete]);
    const player = page.querySelector('#p1');
    const byId = (id: string) => page.querySelector(`#${id}`)!;
    const table: [string, Element, Element | null, boolean][] = [
      ['slotted in the player', byId('inside'), player, false],
      ['in the shadow root of an element in the player', heldInside.shadowRoot!.querySelector('parley-x-panel')!, player, false],
      ['beside, with for=', byId('beside'), player, true],
      ['in the shadow root of an element with for=', holder.shadowRoot!.querySelector('parley-x-panel')!, player, true],
      ['for= naming a media element', byId('media'), null, false],
      ['for= naming nothing', byId('missing'), null, false],
      ['alone', byId('alone'), null, false],
    ];
    for (const [name, el, expected, beside] of table) {
      expect(linkOf(el).player, name).to.equal(expected);
      expect(linkOf(el).beside, name).to.equal(beside);
      expect(eventTarget(el), name).to.equal(beside ? player : el);
    }
  });
});
