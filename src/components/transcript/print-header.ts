/**
 * Shown only on paper, as the official document opens: the title, who, where and when. The
 * screen has these in the page around the player.
 */
import { html } from 'lit';
import type { Transcript } from '../../model/transcript.js';

export function printHeader(data: Transcript | null) {
  const m = data?.metadata;
  if (!m || !(m.title || m.dateText || m.date)) return '';
  const lines = [m.principal, ...(m.place ?? []), m.dateText ?? m.date].filter(Boolean);
  return html`<header class="print-only" part="print-header">
    ${m.title ? html`<p class="print-title">${m.title}</p>` : ''}
    ${lines.map((line) => html`<p>${line}</p>`)}
  </header>`;
}
