// The first screenful written into a page when it is built (src/prerender/first-screenful.ts), in
// Node as a site generator runs it: transcript text stays text, and the turns are the ones the
// player builds first, with the player's roles and names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { firstScreenfulHtml, inlineFirstScript, playerCodeAfterInteractive, readTranscript } from '../../src/prerender/index.js';
import { screenfulTurns } from '../../src/components/transcript/render-turns.js';
import { stripTabs } from '../../src/components/player/panel-tabs.js';
import { timedTranscript } from '../helpers/fixtures.js';

test('a word, a speaker or a title holding markup is written as text, never as HTML', () => {
  const transcript = timedTranscript(2);
  transcript.metadata.title = 'Talk "one" <b>';
  transcript.turns[0]!.sentences[0]!.words[1]!.text = '<script>alert(1)</script>';
  transcript.speakers[0]!.name = 'Rice & <img src=x onerror=alert(2)>';
  transcript.turns[1]!.annotations = ['<i>aside</i>'];
  const html = firstScreenfulHtml(transcript);
  assert.ok(!/<script|<img|<b>|<i>/i.test(html), html);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('Rice &amp; &lt;img src=x onerror=alert(2)&gt;'));
  assert.ok(html.includes('aria-label="Turns of Talk &quot;one&quot; &lt;b&gt;"'));
  assert.ok(html.includes('(&lt;i&gt;aside&lt;/i&gt;)'));
});

test('writes the turns the player builds at once, as a named list of list items with their buttons', () => {
  const { transcript } = readTranscript(readFileSync('media/press-conference-2007-10-12.json', 'utf8'), { fileName: 'press-conference-2007-10-12.json' });
  const html = firstScreenfulHtml(transcript);
  const items = html.match(/role="listitem"/g) ?? [];
  assert.equal(items.length, screenfulTurns(transcript));
  assert.ok(items.length >= 1 && items.length < transcript.turns.length);
  assert.match(html, /^<div slot="prerendered" data-parley-prerendered="" data-tabs="[^"]*">/);
  assert.match(html, /<section class="region" aria-labelledby="parley-first-heading"><h2 id="parley-first-heading">Transcript<\/h2>/);
  assert.match(html, /role="list" aria-label="Turns of [^"]+"/);
  assert.match(html, /<button type="button" class="stamp" tabindex="0" data-time="[\d.]+"><span class="time">0:01<\/span> <span class="speaker">Foreign Minister Lavrov<\/span><\/button>/);
  // Where the first screenful ends: the next turn's start.
  assert.match(html, new RegExp(`data-until="${transcript.turns[items.length]!.start}"`));
  assert.equal(firstScreenfulHtml(transcript, { turns: 1 }).match(/role="listitem"/g)?.length, 1);
});

test('places each timed word at its offset in its sentence, annotation words left out', () => {
  const transcript = timedTranscript(1, { wordsPerSentence: 3 });
  const html = firstScreenfulHtml(transcript);
  const sentences = [...html.matchAll(/<span class="s" data-w="([^"]+)">(.*?)<\/span>(?= <span class="s"|<\/p>)/g)];
  assert.equal(sentences.length, 2);
  for (const [, w, markup] of sentences) {
    const text = markup!.replace(/<[^>]+>/g, '');
    const words = w!.split(' ').map((e) => e.split(':').map(Number) as [number, number, number]);
    const timed = transcript.turns[0]!.sentences.flatMap((s) => s.words).filter((x) => !x.annotation);
    for (const [offset, start] of words) {
      const word = timed.find((x) => x.start === start)!;
      assert.equal(text.slice(offset, offset + word.text.length), word.text);
    }
  }
  assert.ok(html.includes('<span class="n">(inaudible)</span>'));
});

test('writes nothing for a transcript without turns', () => {
  assert.equal(firstScreenfulHtml({ ...timedTranscript(1), turns: [] }), '');
});

test('says which panel buttons its transcript will have, so that a small screen\'s strip has them before it is read', () => {
  const { transcript } = readTranscript(readFileSync('media/press-conference-2007-10-12.json', 'utf8'), { fileName: 'press-conference-2007-10-12.json' });
  assert.match(firstScreenfulHtml(transcript), /^<div slot="prerendered" data-parley-prerendered="" data-tabs="questions speakers">/);
  assert.deepEqual(stripTabs(['parley-navigation'], null, { questions: true, speakers: true }), ['questions', 'search', 'speakers', 'more']);
  assert.deepEqual(stripTabs(['parley-navigation'], null), ['search', 'more']);
});

test('a page with a first screenful asks for the player\'s code and its transcript only once it is interactive, together', () => {
  const html = [
    '<html><head>',
    '<script type="module" crossorigin src="/assets/main.js"></script>',
    '<link rel="modulepreload" crossorigin href="/assets/player.js">',
    '<link rel="preload" as="fetch" crossorigin="anonymous" href="/media/talk.json">',
    '<link rel="preload" as="fetch" crossorigin="anonymous" href="/media/talk.peaks.json">',
    '<link rel="preload" as="script" href="/parley-first.js">',
    '</head><body><parley-player><div slot="prerendered" data-parley-prerendered></div></parley-player></body></html>',
  ].join('\n');
  const out = playerCodeAfterInteractive(html);
  const [head, later = ''] = out.split(/<template data-parley-after-interactive>|<\/template>/);
  for (const url of ['/assets/player.js', '/media/talk.json', '/media/talk.peaks.json']) {
    assert.ok(later.includes(url), `${url} waits for the page to be interactive`);
    assert.ok(!head!.includes(url), `${url} is not asked for before`);
  }
  // What makes the page interactive is still asked for at once; the page's module at a low priority.
  assert.ok(head!.includes('href="/parley-first.js"'));
  assert.ok(head!.includes('<script type="module" fetchpriority="low" crossorigin src="/assets/main.js">'));
  // A page without a first screenful is left as it is.
  assert.equal(playerCodeAfterInteractive(html.replace(' data-parley-prerendered', '')), html.replace(' data-parley-prerendered', ''));
});

test('parley-first.js is written into the page, and a Content-Security-Policy allows it by its hash and no other inline script', async () => {
  const code = '(()=>{document.title="first"})();\n';
  const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  const page = [
    '<html><head>',
    '<link rel="preload" as="script" href="/parley-first.js">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'" />`,
    '</head><body><parley-player></parley-player>',
    '<script vite-ignore src="parley-first.js"></script>',
    '</body></html>',
  ].join('\n');
  const out = await inlineFirstScript(page, code);
  assert.ok(out.includes(`<script>${code}</script>`), out);
  assert.ok(!out.includes('parley-first.js'), 'neither the script element nor its preload is left');
  assert.ok(out.includes(`script-src 'self' 'wasm-unsafe-eval' ${hash}; object-src 'none'`), out);
  assert.ok(!/unsafe-inline/.test(out));
  // A policy without script-src: scripts fall back to default-src, whose sources are kept.
  const fallback = await inlineFirstScript(page.replace("script-src 'self' 'wasm-unsafe-eval'; ", ''), code);
  assert.ok(fallback.includes(`default-src 'self'; object-src 'none'; script-src 'self' ${hash}"`), fallback);
  // A page without a policy gets the script alone.
  assert.ok((await inlineFirstScript(page.replace(/<meta[^>]*>/, ''), code)).includes(`<script>${code}</script>`));
  // A policy that does not restrict scripts, or allows any inline script, is left as it is: a hash
  // would turn 'unsafe-inline' off and block the page's other inline scripts.
  const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];
  const open = page.replace(/content="[^"]*"/, `content="img-src 'self'"`);
  assert.equal(policyOf(await inlineFirstScript(open, code)), "img-src 'self'");
  const unsafe = page.replace("'wasm-unsafe-eval'", "'unsafe-inline'");
  assert.equal(policyOf(await inlineFirstScript(unsafe, code)), policyOf(unsafe));
  // script-src-elem rules script elements when it is there.
  const elem = page.replace('; object-src', "; script-src-elem 'self'; object-src");
  assert.ok(policyOf(await inlineFirstScript(elem, code)).includes(`script-src-elem 'self' ${hash}`));
  await assert.rejects(inlineFirstScript('<html></html>', code), /no <script src="…parley-first.js">/);
  await assert.rejects(inlineFirstScript(page, 'a="</script><b>"'), /"<\/script"/);
});
