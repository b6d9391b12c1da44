/**
 * The keyboard shortcuts of the player, and which key events they may take. Pure: no DOM
 * beyond reading the event's target.
 */

/** `text` (and `labelText`) name the strings shown in each language (components/shared/strings.ts). */
export const SHORTCUTS = [
  { key: 'k', label: 'K', action: 'play-pause', description: 'Play or pause', text: 'doPlayPause' },
  { key: ' ', label: 'Space', labelText: 'keySpace', action: 'play-pause', description: 'Play or pause, when focus is not on a button, link or field', text: 'doPlayPauseSpace' },
  { key: 'j', label: 'J', action: 'back', description: 'Back 10 seconds', text: 'doBack' },
  { key: 'l', label: 'L', action: 'forward', description: 'Forward 10 seconds', text: 'doForward' },
  { key: 'n', label: 'N', action: 'next-question', description: 'Next question', text: 'doNextQuestion' },
  { key: 'p', label: 'P', action: 'previous-question', description: 'Previous question', text: 'doPreviousQuestion' },
  { key: ']', label: ']', action: 'next-turn', description: 'Next turn', text: 'doNextTurn' },
  { key: '[', label: '[', action: 'previous-turn', description: 'Previous turn', text: 'doPreviousTurn' },
  { key: 's', label: 'S', action: 'same-speaker', description: 'Next turn by the same speaker', text: 'doSameSpeaker' },
  { key: '/', label: '/', action: 'search', description: 'Search the transcript', text: 'doSearch' },
  { key: 'w', label: 'W', action: 'where-am-i', description: 'Where am I: say the time, the speaker and the question', text: 'doWhereAmI' },
  { key: '?', label: '?', action: 'help', description: 'Show these shortcuts', text: 'doHelp' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** The action of a key, or null. Keys are case-sensitive: Shift+N is not N. */
export function actionForKey(key: string): ShortcutAction | null {
  return SHORTCUTS.find((s) => s.key === key)?.action ?? null;
}

/** Input types that take typed text (every type but these). */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file', 'image']);

/** ARIA roles of widgets that use letter keys themselves (typing, type-ahead, own key handling). */
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'listbox', 'menu', 'menubar', 'menuitem', 'tree', 'treegrid', 'grid']);

/** Elements and roles that act on Space themselves. */
const INTERACTIVE_TAGS = new Set(['button', 'a', 'input', 'select', 'textarea', 'summary', 'audio', 'video', 'details', 'option', 'label']);
const INTERACTIVE_ROLES = new Set([
  'button', 'link', 'checkbox', 'radio', 'switch', 'slider', 'tab', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'scrollbar',
]);

/** True when the element takes typed text or letter keys itself: shortcuts must leave its keys alone. */
export function takesText(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has((el as HTMLInputElement).type);
  const role = el.getAttribute('role');
  return role !== null && TEXT_ROLES.has(role);
}

/** True when Space does something on the element itself (press a button, tick a box, scroll a box). */
export function usesSpace(el: Element | null): boolean {
  if (!el) return false;
  if (takesText(el)) return true;
  if (INTERACTIVE_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role !== null && INTERACTIVE_ROLES.has(role)) return true;
  if (el instanceof HTMLElement) {
    // A focused scrolling box scrolls with Space.
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) return true;
  }
  return false;
}

/**
 * The shortcut a key event asks for, or null when the event must be left alone: a modifier
 * (Ctrl, Alt, Meta: browser and screen-reader commands), composition, a key already handled, a
 * target that takes text, or Space on a control that uses it.
 */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  const action = actionForKey(event.key);
  if (!action) return null;
  const target = (event.composedPath()[0] ?? event.target) as Element | null;
  if (!(target instanceof Element)) return action;
  if (takesText(target)) return null;
  if (event.key === ' ' && usesSpace(target)) return null;
  return action;
}
