/**
 * Checks that every word of a transcript is in the page text, in order: the guard against
 * "fast" transcript players that keep only a window of turns in the page, which hides the rest
 * from find-in-page and from screen readers.
 *
 * The function is self-contained (no imports, no outer names) so that the benchmark can also
 * run it inside a page from its source text.
 */
export interface WordsInPageResult {
  /** True when every turn's words were found, in order, each turn's words one after another. */
  ok: boolean;
  /** Number of turns and words looked for. */
  turns: number;
  words: number;
  /** Words found before the first turn that failed (all of them when ok). */
  found: number;
  /** Index of the first turn whose words are not in the page text in order, or -1. */
  firstMissingTurn: number;
  /** The first of that turn's words, to make a failure readable. */
  firstMissingWord: string | null;
}

/**
 * `turns[i]` holds the words of turn i. The text of `root` (its text nodes, which include text
 * skipped by `content-visibility: auto` but not text that was never put in the page) must
 * contain each turn's words as consecutive tokens, turn after turn. Between two turns, at most
 * `maxGap` other tokens may come (the time and speaker name that head a turn).
 */
export function wordsInPage(root: Node, turns: string[][], maxGap = 16): WordsInPageResult {
  // The text as a reader meets it: text nodes in order, with a break between blocks (a turn's
  // heading and its first paragraph are separate blocks even with no space between them).
  const blocks = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|BUTTON|DD|DIV|DL|DT|FIGURE|FOOTER|H[1-6]|HEADER|LI|MAIN|NAV|OL|P|SECTION|TABLE|TD|TH|TR|UL)$/;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      return;
    }
    const block = node.nodeType === 1 && blocks.test((node as Element).tagName.toUpperCase());
    if (block) parts.push(' ');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push(' ');
  };
  walk(root);
  const tokens = parts.join('').split(/\s+/).filter((s) => s.length > 0);
  let at = 0;
  let found = 0;
  let words = 0;
  for (const turn of turns) words += turn.length;
  for (let t = 0; t < turns.length; t++) {
    const want = turns[t]!;
    if (want.length === 0) continue;
    let start = -1;
    for (let skip = 0; skip <= maxGap && at + skip + want.length <= tokens.length; skip++) {
      let k = 0;
      while (k < want.length && tokens[at + skip + k] === want[k]) k++;
      if (k === want.length) {
        start = at + skip;
        break;
      }
    }
    if (start < 0) {
      return { ok: false, turns: turns.length, words, found, firstMissingTurn: t, firstMissingWord: want[0] ?? null };
    }
    at = start + want.length;
    found += want.length;
  }
  return { ok: true, turns: turns.length, words, found, firstMissingTurn: -1, firstMissingWord: null };
}
