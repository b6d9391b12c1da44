// What a site generator uses to write a transcript's first screenful into a page when it is built
// (Node or a page; no DOM needed). The page then runs `parley-first.js` (wire.ts), best written into
// the page itself (inlineFirstScript), before the player.
export { firstScreenfulHtml, PRERENDERED_ATTR, PRERENDERED_SLOT, type FirstScreenfulOptions } from './first-screenful.js';
export { FIRST_SCREENFUL_CSS } from './first-screenful-styles.js';
export { playerCodeAfterInteractive } from './priority.js';
export { inlineFirstScript } from './inline-first-script.js';
// In the page: import the player once its first screenful answers.
export { afterFirstScreenful } from './after-first-screenful.js';
// Reading the transcript the page will show, in any format Parley reads.
export { readTranscript } from '../formats/index.js';
