/**
 * A reactive controller that subscribes its host to one of the player's contexts and keeps only
 * what the host shows: `select` picks it from the state, and the host re-renders only when that
 * pick changes (compared key by key). The latest full state is always at hand in `state`, for
 * event handlers that need the exact time without re-rendering on every frame.
 *
 * Like `@lit/context`'s ContextConsumer, but (a) selective, and (b) also for hosts beside the
 * player, linked with `for=` (see `link.ts`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent, type Context } from '@lit/context';
import { eventTarget } from './link.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Equal as values: the same primitive or object, or plain objects/arrays whose entries are the same. */
export function sameShallow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface SelectionOptions<V> {
  /** Called instead of re-rendering the host when the pick changes (for work done outside render). */
  onChange?: (value: V) => void;
}

export class ContextSelection<T, V> implements ReactiveController {
  /** The latest state published, or undefined while the host has no player. */
  state: T | undefined = undefined;
  /** What `select` picked from it. */
  value: V;
  private unsubscribe: (() => void) | undefined;
  private retry = 0;

  constructor(
    private host: Host,
    private context: Context<unknown, T | undefined>,
    private select: (state: T | undefined) => V,
    private options: SelectionOptions<V> = {},
  ) {
    this.value = select(undefined);
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.state = undefined;
    cancelAnimationFrame(this.retry);
  }

  /** Picks again before each render: a pick may also depend on the host's own properties. */
  hostUpdate(): void {
    if (!this.options.onChange) this.value = this.select(this.state);
  }

  /** Subscribes again (after the host's `for` changed). */
  relink(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribe();
  }

  private subscribe(attempts = 30): void {
    eventTarget(this.host).dispatchEvent(new ContextEvent(this.context, this.host, this.receive, true));
    if (this.unsubscribe || attempts <= 0) return;
    // The player may not be defined, upgraded or in the document yet (a panel before it in the page).
    void customElements.whenDefined('parley-player').then(() => {
      this.retry = requestAnimationFrame(() => {
        if (this.host.isConnected && !this.unsubscribe) this.subscribe(attempts - 1);
      });
    });
  }

  private receive = (state: T | undefined, unsubscribe?: () => void): void => {
    if (unsubscribe && unsubscribe !== this.unsubscribe) {
      this.unsubscribe?.();
      this.unsubscribe = unsubscribe;
    }
    this.state = state;
    const next = this.select(state);
    if (sameShallow(next, this.value)) return;
    this.value = next;
    if (this.options.onChange) this.options.onChange(next);
    else this.host.requestUpdate();
  };
}
