/**
 * Adds Parley's navigation to a player in one call: "where am I", search, the questions, the
 * speaker filter and the keyboard shortcuts in the player's `panels` slot, and deep links
 * (`#t=`) on the page address. Pages that want their own layout place the elements themselves.
 *
 *   import { addNavigation } from 'parley/components/nav-common/navigation.js';
 *   addNavigation(document.querySelector('parley-player'));
 */
import '../questions/questions.js';
import '../search/search.js';
import '../speaker-filter/speaker-filter.js';
import '../shortcuts/shortcuts.js';
import '../where-am-i/where-am-i.js';
import { followDeepLinks } from './deep-link.js';
import type { PlayerLike } from './player-link.js';

/** The elements, in the order they are placed (and reached with Tab). */
export const NAVIGATION_ELEMENTS = ['parley-where-am-i', 'parley-search', 'parley-questions', 'parley-speaker-filter', 'parley-shortcuts'] as const;

/**
 * Puts the navigation elements into `player` (a `<div slot="panels" class="parley-navigation">`) and
 * follows `#t=` links once the player is defined. Returns a function that removes them again.
 */
export function addNavigation(player: HTMLElement): () => void {
  const panel = document.createElement('div');
  panel.slot = 'panels';
  panel.className = 'parley-navigation';
  for (const tag of NAVIGATION_ELEMENTS) panel.append(document.createElement(tag));
  player.append(panel);
  let stop: (() => void) | null = null;
  let removed = false;
  void customElements.whenDefined('parley-player').then(() => {
    if (!removed) stop = followDeepLinks(player as unknown as PlayerLike);
  });
  return () => {
    removed = true;
    stop?.();
    panel.remove();
  };
}
