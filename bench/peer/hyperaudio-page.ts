/**
 * The peer's page for `npm run bench:player`: the same transcript and recording in Hyperaudio Lite
 * 2.6.4, set up as its own documentation sets it up. Hyperaudio Lite reads a transcript that is
 * already HTML in the page (one `<span data-m data-d>` per word, a `<p>` per paragraph), so the
 * Parley JSON is written out as that HTML here, in Node, before the benchmark starts: the peer's
 * load time is the browser parsing that page, which is the peer at its fastest.
 */
import { readFileSync } from 'node:fs';
import { escapeHtml } from '../../src/formats/html/index.js';

interface ParleyJson {
  speakers?: { id: string; name: string }[];
  turns: { speaker: string; start?: number | null; sentences: { words: { text: string; start?: number | null; end?: number | null; annotation?: boolean }[] }[] }[];
}

const ms = (s: number | null | undefined) => (s == null ? null : Math.round(s * 1000));

/** One `<p>` per turn: the speaker's name, then one span per timed word (untimed words stay plain text). */
export function hyperaudioTranscriptHtml(data: ParleyJson): string {
  const names = new Map((data.speakers ?? []).map((s) => [s.id, s.name]));
  const out: string[] = [];
  for (const turn of data.turns) {
    const words: string[] = [];
    for (const sentence of turn.sentences) {
      for (const w of sentence.words) {
        const m = w.annotation ? null : ms(w.start);
        const end = ms(w.end);
        words.push(m === null ? `${escapeHtml(w.text)} ` : `<span data-m="${m}" data-d="${end === null ? 0 : Math.max(0, end - m)}">${escapeHtml(w.text)} </span>`);
      }
    }
    const speaker = escapeHtml(names.get(turn.speaker) ?? turn.speaker);
    out.push(`<p><span class="speaker">${speaker}: </span>${words.join('')}</p>`);
  }
  return out.join('\n');
}

/**
 * The surroundings every benchmark page shares with this one (Parley's bench page,
 * bench/player/index.html, writes the same rule in its HTML; the floor's pages use it too).
 */
export const BENCH_BODY_STYLE = 'body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 72rem; padding: 1rem; }';

/** A whole page: the native `<audio>`, the transcript in a scrolling box, the script, and the set-up call. */
export function hyperaudioPage(jsonPath: string, mediaUrl: string, scriptUrl: string): string {
  const data = JSON.parse(readFileSync(jsonPath, 'utf8')) as ParleyJson;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Hyperaudio Lite — benchmark page</title>
<style>
  ${BENCH_BODY_STYLE}
  #hypertranscript { max-height: 70vh; overflow-y: auto; }
  #hypertranscript .speaker { font-weight: bold; }
  #hypertranscript [data-m] { cursor: pointer; }
  #hypertranscript .active { background-color: #fff3b0; text-decoration: underline; }
  #hypertranscript .read { color: #333; }
</style>
</head>
<body>
<main>
<h1>Hyperaudio Lite benchmark</h1>
<audio id="hyperplayer" controls preload="metadata" src="${escapeHtml(mediaUrl)}"></audio>
<div id="hypertranscript"><article><section>
${hyperaudioTranscriptHtml(data)}
</section></article></div>
</main>
<script src="${escapeHtml(scriptUrl)}"></script>
<script>
  window.__peer = new HyperaudioLite({ transcript: 'hypertranscript', player: 'hyperplayer', autoScroll: true, playOnClick: true });
  window.__peerReady = performance.now();
</script>
</body>
</html>
`;
}
