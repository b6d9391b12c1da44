// Makes media/test-video.webm, Parley's short test video, and its transcript media/test-video.vtt:
// headless Chromium draws a canvas animation (each word on screen as it is "said") and plays a
// tone per word, and MediaRecorder records both into a WebM (VP8 + Opus).
// Regenerate with: node scripts/make-test-video.mjs
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

/** The script of the video: speaker, then words; each word lasts WORD s, turns are PAUSE s apart. */
const TURNS = [
  ['Moderator', 'Welcome to the Parley test video.'],
  ['Reporter', 'Can you hear every word in time?'],
  ['Moderator', 'Yes: each word is a tone and a frame.'],
];
const START = 0.5;
const WORD = 0.45;
const PAUSE = 0.6;

const timeline = [];
let t = START;
for (const [speaker, text] of TURNS) {
  const words = text.split(' ').map((w) => {
    const word = { text: w, start: +t.toFixed(3), end: +(t + WORD - 0.08).toFixed(3) };
    t += WORD;
    return word;
  });
  timeline.push({ speaker, words });
  t += PAUSE;
}
const duration = +(t + 0.4).toFixed(2);

const stamp = (s) => {
  const ms = Math.round(s * 1000);
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(Math.floor(ms / 3600000))}:${p(Math.floor(ms / 60000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
};
const vtt = ['WEBVTT', '', 'NOTE Parley test video: a tone for each word (scripts/make-test-video.mjs).', ''];
for (const turn of timeline) {
  const first = turn.words[0];
  const last = turn.words[turn.words.length - 1];
  const body = turn.words.map((w, i) => (i === 0 ? w.text : `<${stamp(w.start)}>${w.text}`)).join(' ');
  vtt.push(`${stamp(first.start)} --> ${stamp(last.end)}`, `<v ${turn.speaker}>${body}`, '');
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage();
const base64 = await page.evaluate(async ({ timeline, duration }) => {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 180;
  document.body.append(canvas);
  const ctx = canvas.getContext('2d');
  const audio = new AudioContext();
  const destination = audio.createMediaStreamDestination();
  const words = timeline.flatMap((turn, i) => turn.words.map((w) => ({ ...w, speaker: turn.speaker, turn: i })));
  const t0 = audio.currentTime + 0.1;
  for (const w of words) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = w.turn % 2 ? 330 : 440;
    gain.gain.setValueAtTime(0, t0 + w.start);
    gain.gain.linearRampToValueAtTime(0.3, t0 + w.start + 0.02);
    gain.gain.setValueAtTime(0.3, t0 + w.end - 0.02);
    gain.gain.linearRampToValueAtTime(0, t0 + w.end);
    osc.connect(gain).connect(destination);
    osc.start(t0 + w.start);
    osc.stop(t0 + w.end + 0.01);
  }
  const stream = new MediaStream([...canvas.captureStream(15).getVideoTracks(), ...destination.stream.getAudioTracks()]);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8,opus', videoBitsPerSecond: 150_000, audioBitsPerSecond: 24_000 });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const done = new Promise((r) => (recorder.onstop = r));
  recorder.start();
  const draw = () => {
    const now = audio.currentTime - t0;
    const word = words.find((w) => now >= w.start && now < w.end);
    const turn = [...words].reverse().find((w) => now >= w.start);
    ctx.fillStyle = '#10243e';
    ctx.fillRect(0, 0, 320, 180);
    ctx.fillStyle = '#f5c211';
    ctx.fillRect(0, 170, (320 * Math.max(0, now)) / duration, 10);
    ctx.fillStyle = '#ffffff';
    ctx.font = '16px sans-serif';
    ctx.fillText(turn ? turn.speaker : 'Parley', 12, 28);
    ctx.font = 'bold 34px sans-serif';
    if (word) ctx.fillText(word.text, 12, 100);
    ctx.font = '14px monospace';
    ctx.fillText(`${Math.max(0, now).toFixed(1)} s`, 250, 28);
    if (now < duration) requestAnimationFrame(draw);
    else recorder.stop();
  };
  draw();
  await done;
  const blob = new Blob(chunks, { type: 'video/webm' });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}, { timeline, duration });
await browser.close();

const webm = Buffer.from(base64, 'base64');
writeFileSync('media/test-video.webm', webm);
writeFileSync('media/test-video.vtt', vtt.join('\n'));
console.log(`media/test-video.webm: ${(webm.length / 1024).toFixed(0)} KB, ${duration} s; media/test-video.vtt: ${timeline.length} turns`);
