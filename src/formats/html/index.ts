/**
 * A complete, semantic HTML document of a transcript, readable without JavaScript or styles:
 * an <h1> title, a list of questions linking to their turns, and each turn a <section> headed by
 * its speaker's name and a <time>. Every piece of transcript text is escaped.
 */
import type { Transcript } from '../../model/transcript.js';
import { formatClock, formatSpoken } from '../../model/time-format.js';
import type { FormatCode } from '../catalog.js';
import { speakerName } from '../common.js';
import { paragraphs } from '../txt/index.js';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** An ISO 8601 duration for <time datetime>: 42.5 → "PT42.5S", 3723 → "PT1H2M3S". */
export function isoDuration(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

function time(seconds: number): string {
  return `<time datetime="${isoDuration(seconds)}" title="${escapeHtml(formatSpoken(seconds))}">${formatClock(seconds)}</time>`;
}

export function writeHtml(transcript: Transcript): string {
  const { metadata } = transcript;
  const title = metadata.title ?? 'Transcript';
  const lang = metadata.language && /^[A-Za-z0-9-]+$/.test(metadata.language) ? metadata.language : 'en';
  const out: string[] = [];
  out.push('<!doctype html>', `<html lang="${lang}">`, '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${escapeHtml(title)}</title>`);
  out.push('<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:45rem;margin:2rem auto;padding:0 1rem}h2{font-size:1.05rem;margin:2rem 0 .25rem}h2 time{font-weight:normal;margin-left:.5rem}.annotation{font-style:italic}</style>');
  out.push('</head>', '<body>', '<main>', `<h1>${escapeHtml(title)}</h1>`);
  const about = [metadata.principal, ...(metadata.place ?? [])].filter(Boolean) as string[];
  if (about.length || metadata.dateText) {
    out.push(`<p>${about.map(escapeHtml).join('<br>\n')}${metadata.dateText ? `${about.length ? '<br>\n' : ''}${metadata.date ? `<time datetime="${escapeHtml(metadata.date)}">${escapeHtml(metadata.dateText)}</time>` : escapeHtml(metadata.dateText)}` : ''}</p>`);
  }
  if (transcript.questions.length) {
    out.push('<nav aria-labelledby="questions-heading">', '<h2 id="questions-heading">Questions</h2>', '<ol>');
    for (const q of transcript.questions) {
      const turn = transcript.turns[q.turn];
      const who = [q.asker ?? (turn ? speakerName(transcript, turn.speaker) : undefined), q.outlet].filter(Boolean).join(', ');
      const at = turn?.start != null ? `, ${time(turn.start)}` : '';
      out.push(`<li><a href="#turn-${q.turn + 1}">${escapeHtml(who || `Turn ${q.turn + 1}`)}</a>${at}</li>`);
    }
    out.push('</ol>', '</nav>');
  }
  transcript.turns.forEach((turn, i) => {
    out.push(`<section id="turn-${i + 1}" aria-labelledby="turn-${i + 1}-speaker">`);
    out.push(`<h2 id="turn-${i + 1}-speaker"><strong>${escapeHtml(speakerName(transcript, turn.speaker))}</strong>${turn.start !== null ? ` ${time(turn.start)}` : ''}</h2>`);
    for (const note of turn.annotations) out.push(`<p class="annotation">(${escapeHtml(note)})</p>`);
    for (const p of paragraphs(turn)) out.push(`<p>${escapeHtml(p)}</p>`);
    out.push('</section>');
  });
  const footer = [metadata.release, metadata.documentNumber].filter(Boolean) as string[];
  out.push('</main>');
  if (footer.length) out.push(`<footer><p>${footer.map(escapeHtml).join('<br>\n')}</p></footer>`);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

/** Its reader and writer, for the table of formats (../catalog.ts). */
export const code: FormatCode = { write: writeHtml };
