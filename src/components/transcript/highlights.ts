/** Named highlights (the CSS Custom Highlight API) are global to the document: every transcript on the page adds its own ranges. */
export function sharedHighlight(name: string): Highlight | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  let h = CSS.highlights.get(name);
  if (!h) {
    h = new Highlight();
    CSS.highlights.set(name, h);
  }
  return h;
}
