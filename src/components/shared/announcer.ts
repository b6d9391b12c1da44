/**
 * A polite status message that a screen reader reads once: cleared first, then set on the next
 * frame, so that the same text twice in a row ("1 of 5" after a new search) is read again.
 */
import type { ReactiveControllerHost } from 'lit';

export class Announcer {
  /** The text to render in the element's `role="status"` region. */
  text = '';
  private frame = 0;

  constructor(private host: ReactiveControllerHost) {}

  say(message: string): void {
    cancelAnimationFrame(this.frame);
    this.text = '';
    this.host.requestUpdate();
    this.frame = requestAnimationFrame(() => {
      this.text = message;
      this.host.requestUpdate();
    });
  }
}
