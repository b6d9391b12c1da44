/**
 * How an element finds the `<parley-player>` it belongs to, and talks to it only through events:
 * context requests to receive state, request events to ask for changes. An element inside the
 * player (slotted, or in its shadow root) reaches it by bubbling; one beside it names it with
 * `for="player-id"`, on itself or on the `<parley-navigation>` around it, and dispatches on it.
 */

/** The element with id `id` in `el`'s tree scope, else in the scopes around it (up to the document). */
function byId(el: Element, id: string): Element | null {
  let root: Node = el.getRootNode();
  for (;;) {
    const found = (root as Document | ShadowRoot).getElementById?.(id) ?? null;
    if (found || !(root instanceof ShadowRoot)) return found;
    root = root.host.getRootNode();
  }
}

/** The parent of `el`, stepping out of shadow roots to their host. */
function up(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export interface PlayerLink {
  /** The player, or null when the element has none. */
  player: HTMLElement | null;
  /** True when named with `for=` (events go to the player); false when the element is inside it (events bubble). */
  beside: boolean;
}

/**
 * The player of `el`: the nearest `<parley-player>` around it, or the one a `for` attribute on it or
 * on a Parley element around it names. A `for` that names something else (a `<parley-transcript>`
 * following an `<audio>`) means no player.
 */
export function linkOf(el: Element): PlayerLink {
  for (let node: Element | null = el; node; node = up(node)) {
    if (node.localName === 'parley-player') return { player: node as HTMLElement, beside: false };
    const id = node.localName.startsWith('parley-') ? node.getAttribute('for') : null;
    if (id) {
      const target = byId(node, id);
      return target?.localName === 'parley-player' ? { player: target as HTMLElement, beside: true } : { player: null, beside: false };
    }
  }
  return { player: null, beside: false };
}

/** Where `el` dispatches its requests and context requests: itself inside a player, the player when beside it. */
export function eventTarget(el: Element): EventTarget {
  const link = linkOf(el);
  return link.beside && link.player ? link.player : el;
}
