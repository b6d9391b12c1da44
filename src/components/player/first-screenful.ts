/**
 * The take-over of a first screenful written into the page's HTML (src/prerender/): a
 * `<div slot="prerendered" data-parley-prerendered>` inside the `<parley-player>`. The player shows
 * it through its `prerendered` slot, where its own transcript goes, until it has a transcript (or
 * has failed to read one); then it removes it in the same task in which the transcript element
 * builds its own first screenful, so that no frame shows the turns twice or shows none, and
 * find-in-page and screen readers meet every word once. A turn the reader had focused keeps focus
 * in the player's turns.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParleyTranscript } from '../transcript/transcript.js';
import type { ExpectedTabs } from './panel-tabs.js';

const SELECTOR = ':scope > [data-parley-prerendered]';

export class FirstScreenfulTakeOver implements ReactiveController {
  /** The first screenful written into the page, until taken over. */
  element: HTMLElement | null = null;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private transcript: () => ParleyTranscript | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.element = this.host.querySelector<HTMLElement>(SELECTOR);
  }

  /** Whether the first screenful is shown (the player's own transcript is hidden meanwhile). */
  get shown(): boolean {
    return !!this.element;
  }

  /** The panel buttons the first screenful says its transcript will have (see first-screenful.ts), or null. */
  get expectedTabs(): ExpectedTabs | null {
    const tabs = this.element?.dataset.tabs?.split(' ');
    return tabs ? { questions: tabs.includes('questions'), speakers: tabs.includes('speakers') } : null;
  }

  /** Called before each render: once `ready` (a transcript, or an error to show), the page's turns leave. */
  check(ready: boolean): void {
    const element = this.element;
    if (!element || !ready) return;
    const focused = element.contains(document.activeElement) ? document.activeElement!.closest('[role="listitem"]') : null;
    const turn = focused ? Array.from(element.querySelectorAll('[role="listitem"]')).indexOf(focused) : -1;
    element.remove();
    this.element = null;
    if (turn >= 0) void this.host.updateComplete.then(async () => {
      const transcript = this.transcript();
      await transcript?.updateComplete;
      transcript?.focusTurn(turn);
    });
  }
}
