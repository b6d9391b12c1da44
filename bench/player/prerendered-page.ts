/**
 * Parley's benchmark page for one input with the transcript's first screenful in its HTML, as a
 * site that uses Parley writes it when it is built (`firstScreenfulHtml` of parley-player/prerender),
 * the way bench/peer/hyperaudio-page.ts writes the peer's page per input: the built page
 * (bench/player/index.html, whose first script writes the player from the query) with the player
 * written out instead, its native `<audio>`, the first screenful, the preloads of the transcript and
 * peaks, and `parley-first.js`, which makes the first screenful answer before the player's code,
 * written into the page (inlineFirstScript) as the README advises.
 */
import { readFileSync } from 'node:fs';
import { readTranscript, firstScreenfulHtml } from '../../src/prerender/index.js';
import { playerCodeAfterInteractive } from '../../src/prerender/priority.js';
import { inlineFirstScript } from '../../src/prerender/inline-first-script.js';
import { escapeHtml } from '../../src/formats/html/index.js';
import { BENCH_BODY_STYLE } from '../peer/hyperaudio-page.js';


export interface PrerenderedInput {
  media: string;
  transcript: string;
  peaks: string;
  /** The Parley JSON file on disk. */
  jsonPath: string;
}

/** `built`: the HTML of the built bench/player/index.html; `firstScript`: the text of parley-first.js. */
export async function prerenderedBenchPage(built: string, input: PrerenderedInput, firstScript: string): Promise<string> {
  const { transcript } = readTranscript(readFileSync(input.jsonPath, 'utf8'), { fileName: input.jsonPath });
  const fetches = [input.transcript, input.peaks].filter(Boolean);
  const head = fetches.map((url) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeHtml(url)}">`).join('\n    ');
  const player =
    `<parley-player src="${escapeHtml(input.media)}" transcript-src="${escapeHtml(input.transcript)}"${input.peaks ? ` peaks-src="${escapeHtml(input.peaks)}"` : ''}>` +
    `<audio preload="metadata" src="${escapeHtml(input.media)}"></audio>${firstScreenfulHtml(transcript)}</parley-player>`;
  const withPlayer = built
    .replace('</head>', `    ${head}\n  </head>`)
    .replace('<div id="player"></div>', `<div id="player">${player}</div>`)
    .replace(/<script>\s*\/\/ As a page[\s\S]*?<\/script>/, '<script src="/parley-first.js"></script>');
  if (!withPlayer.includes('parley-first.js') || !withPlayer.includes('data-parley-prerendered')) {
    throw new Error('bench/player/index.html no longer has the <div id="player"> and the first script this page replaces');
  }
  // The build minifies the page's <style>: the source is what must hold the same rule as the peer's page.
  if (!readFileSync(new URL('./index.html', import.meta.url), 'utf8').includes(BENCH_BODY_STYLE)) {
    throw new Error('bench/player/index.html no longer has the peer page\'s surroundings (BENCH_BODY_STYLE)');
  }
  return playerCodeAfterInteractive(await inlineFirstScript(withPlayer, firstScript));
}
