import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../where-am-i/where-am-i.js';
import '../search/search.js';
import '../questions/questions.js';
import '../speaker-filter/speaker-filter.js';
import '../shortcuts/shortcuts.js';

/**
 * Parley's navigation in one element: "where am I", search, the questions, the speaker filter and
 * the keyboard shortcuts, in that order (the order they are reached with Tab). Put it in a
 * player's `panels` slot, or anywhere on the page with `for="player-id"`; it works through the
 * player's state and requests only, so two players on a page each keep their own. Pages that
 * want another layout place the single elements themselves, in the same two ways.
 *
 * @csspart where-am-i - The `<parley-where-am-i>`.
 * @csspart search - The `<parley-search>`.
 * @csspart questions - The `<parley-questions>`.
 * @csspart speaker-filter - The `<parley-speaker-filter>`.
 * @csspart shortcuts - The `<parley-shortcuts>`.
 * @cssproperty --parley-gap - Space between the panels (default 1rem).
 *
 * @example
 * <parley-player id="talk" src="talk.mp3" transcript-src="talk.json">
 *   <parley-navigation slot="panels"></parley-navigation>
 * </parley-player>
 *
 * <parley-navigation for="talk"></parley-navigation>
 */
@customElement('parley-navigation')
export class ParleyNavigation extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--parley-gap, 1rem);
      min-width: 0;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Id of the `<parley-player>` to work with when not inside one. */
  @property({ attribute: 'for', reflect: true }) accessor htmlFor = '';

  protected override render() {
    return html`
      <parley-where-am-i part="where-am-i"></parley-where-am-i>
      <parley-search part="search"></parley-search>
      <parley-questions part="questions"></parley-questions>
      <parley-speaker-filter part="speaker-filter"></parley-speaker-filter>
      <parley-shortcuts part="shortcuts"></parley-shortcuts>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-navigation': ParleyNavigation;
  }
}
