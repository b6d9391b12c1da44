import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Transcript } from '../../model/transcript.js';
import { isTimed } from '../../model/transcript.js';
import type { AlignStage } from '../../align/index.js';
import { AlignFailure, alignInWorker, type AlignJob, type AlignResult } from '../../align/web.js';
import { Announcer } from '../shared/announcer.js';
import { alignerStyles } from './aligner.styles.js';

/**
 * Bytes the page downloads to align: the alignment and speech workers with the aligner, the audio
 * decoders and eSpeak-NG, and eSpeak-NG's voice data. `npm run build` writes the exact figure of
 * its own output here; unbuilt (dev server, tests) the page states this estimate, measured on a build.
 */
// Read through JSON.parse so that the minifier cannot fold the placeholder into NaN before the build replaces it.
const BUILT_DOWNLOAD_BYTES = Number(JSON.parse('"__PARLEY_ALIGN_DOWNLOAD_BYTES__"'));
export const ALIGN_DOWNLOAD_BYTES = Number.isFinite(BUILT_DOWNLOAD_BYTES) ? BUILT_DOWNLOAD_BYTES : 25_500_000;

/** The stages as the page names them. */
export const STAGE_NAMES: Record<AlignStage, string> = {
  decoding: 'Decoding',
  synthesizing: 'Speaking the text',
  features: 'Decoding',
  aligning: 'Matching',
  writing: 'Writing times',
};

/**
 * Share of the bar each stage fills. Decoding and speaking run side by side (speaking takes about
 * twice as long), matching follows, then the times are written into the transcript.
 */
const PARALLEL = 0.85;
const MATCHING = 0.12;

type Phase = 'idle' | 'confirm' | 'running' | 'done' | 'error';

/** A file name without its extension: "talk.md" → "talk". */
const baseName = (name: string) => name.replace(/\.[^.]*$/, '') || 'transcript';

/** "25.5 MB" */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/**
 * Aligns an untimed transcript to its recording in the page, with the same aligner as
 * `parley align`, in a Web Worker: nothing leaves the device. It offers "Align the transcript to
 * the recording" when given a recording and an untimed transcript; says what will be downloaded
 * (and that eSpeak-NG is GPL-3.0) before downloading it; shows the stage and percentage in a
 * native progress bar; announces the start, the end and an error once each; Cancel stops the
 * worker at once. When done it fires `parley-aligned` with the timed transcript and offers
 * "Download transcript" in every format Parley writes.
 *
 * @fires parley-aligned - `{ transcript, words, matchScore, notes }` when the alignment is done (`notes`: its warnings).
 *
 * @example
 * <parley-aligner></parley-aligner>
 * aligner.media = recordingFile; aligner.transcriptFile = textFile;
 * aligner.addEventListener('parley-aligned', (e) => (player.transcript = e.detail.transcript));
 */
@customElement('parley-aligner')
export class ParleyAligner extends LitElement {
  static override styles = alignerStyles;

  /** The recording, as chosen by the user. */
  @property({ attribute: false }) accessor media: File | null = null;

  /** The transcript file, in any format Parley reads. The aligner offers itself only when it has no times. */
  @property({ attribute: false }) accessor transcriptFile: File | null = null;

  /** Bytes the first alignment downloads, stated before downloading. */
  @property({ attribute: false }) accessor downloadBytes = ALIGN_DOWNLOAD_BYTES;

  @state() private accessor transcript: Transcript | null = null;
  @state() private accessor phase: Phase = 'idle';
  @state() private accessor stage: AlignStage = 'decoding';
  @state() private accessor percent = 0;
  @state() private accessor error = '';
  /** The last run was refused as not holding the text: it can be aligned anyway. */
  @state() private accessor refused = false;
  @state() private accessor result: (AlignResult & { seconds: number }) | null = null;
  @state() private accessor writers: { id: string; label: string; extension: string }[] = [];

  private announcer = new Announcer(this);
  private job: AlignJob | null = null;
  private shares: Partial<Record<AlignStage, number>> = {};
  /** The download was agreed to once; the browser keeps it in its cache. */
  private agreed = false;
  private readToken = 0;

  /** True while an alignment runs. */
  get running(): boolean {
    return this.job !== null;
  }

  /** Stops a running alignment at once (its workers and their memory go with it) and says so. */
  cancel(): void {
    if (!this.stop()) return;
    this.phase = 'idle';
    this.announcer.say('Alignment cancelled.');
    this.focusSoon('.primary');
  }

  /** Terminates the running alignment's workers, if any; true when one was running. */
  private stop(): boolean {
    const job = this.job;
    if (!job) return false;
    this.job = null;
    job.cancel();
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('media') || changed.has('transcriptFile')) {
      this.stop();
      this.phase = 'idle';
      this.result = null;
      this.error = '';
      if (changed.has('transcriptFile')) void this.readTranscript();
    }
  }

  private async readTranscript(): Promise<void> {
    const token = ++this.readToken;
    this.transcript = null;
    const file = this.transcriptFile;
    if (!file) return;
    try {
      const { loadTranscript } = await import('../../formats/load.js');
      const { transcript } = await loadTranscript(await file.text(), { fileName: file.name });
      if (token === this.readToken) this.transcript = transcript;
    } catch {
      // The player shows why the transcript cannot be read; there is nothing to align.
    }
  }

  /** Offered only for a recording and an untimed transcript (or to show how the last run ended). */
  private get offered(): boolean {
    return !!this.media && !!this.transcript && (!isTimed(this.transcript) || this.phase !== 'idle');
  }

  private focusSoon(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private offer = (): void => {
    if (this.agreed) {
      this.start();
      return;
    }
    this.phase = 'confirm';
    this.focusSoon('.primary');
  };

  private decline = (): void => {
    this.phase = 'idle';
    this.focusSoon('.primary');
  };

  private start = (): void => this.align(false);

  /** After a refusal: the person knows this is the recording of this transcript. */
  private alignAnyway = (): void => this.align(true);

  private align(force: boolean): void {
    const media = this.media;
    const transcript = this.transcript;
    if (!media || !transcript) return;
    this.agreed = true;
    this.phase = 'running';
    this.error = '';
    this.refused = false;
    this.result = null;
    this.shares = {};
    this.stage = 'decoding';
    this.percent = 0;
    this.announcer.say(`Aligning ${media.name} to its transcript.`);
    this.focusSoon('.cancel');
    const began = performance.now();
    const job = alignInWorker({ media, mediaName: media.name, transcript, ...(force ? { force } : {}) }, (stage, done) => this.progress(stage, done));
    this.job = job;
    job.result.then(
      (result) => {
        if (this.job !== job) return;
        this.job = null;
        this.progress('writing', 0);
        const seconds = (performance.now() - began) / 1000;
        this.result = { ...result, seconds };
        this.dispatchEvent(new CustomEvent('parley-aligned', { detail: result, bubbles: true, composed: true }));
        // The writers load before the result shows, so that "Download transcript" can take focus.
        void this.loadWriters().then(() => {
          if (this.result?.transcript !== result.transcript) return;
          this.phase = 'done';
          const warnings = result.notes.length ? ` ${result.notes.length === 1 ? 'One warning' : `${result.notes.length} warnings`}, listed below.` : '';
          this.announcer.say(
            `Aligned: ${result.words.toLocaleString('en')} words timed in ${Math.round(seconds)} seconds.${warnings} The player now follows the aligned transcript.`,
          );
          this.focusSoon('.download');
        });
      },
      (error: unknown) => {
        // A cancelled job was already let go of by `cancel`.
        if (this.job !== job) return;
        this.job = null;
        this.phase = 'error';
        this.refused = error instanceof AlignFailure && error.kind === 'refused';
        this.error = messageFor(error, media.name);
        this.focusSoon('.primary');
      },
    );
  }

  private progress(stage: AlignStage, done: number): void {
    this.shares[stage === 'features' ? 'decoding' : stage] = done;
    const s = this.shares;
    const decoding = s.decoding ?? 0;
    const speaking = s.synthesizing ?? 0;
    let value = PARALLEL * ((decoding + 2 * speaking) / 3);
    if (s.aligning !== undefined) value = PARALLEL + MATCHING * s.aligning;
    if (s.writing !== undefined || s.aligning === 1) value = PARALLEL + MATCHING;
    this.stage = s.aligning === 1 || s.writing !== undefined ? 'writing' : s.aligning !== undefined ? 'aligning' : decoding < 1 ? 'decoding' : 'synthesizing';
    this.percent = Math.min(100, Math.floor(value * 100));
  }

  private async loadWriters(): Promise<void> {
    const { formatEntries } = await import('../../formats/catalog.js');
    this.writers = formatEntries().filter((f) => f.writes).map((f) => ({ id: f.id, label: f.label, extension: f.extensions[0]! }));
  }

  private download = async (): Promise<void> => {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select');
    const writer = this.writers.find((w) => w.id === select?.value) ?? this.writers[0];
    if (!writer || !this.result) return;
    const { formatEntry, loadFormat } = await import('../../formats/catalog.js');
    const entry = formatEntry(writer.id);
    const format = entry && (await loadFormat(entry));
    if (!format?.write) return;
    const blob = new Blob([format.write(this.result.transcript)], { type: format.mediaType });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${baseName(this.transcriptFile?.name ?? 'transcript')}.aligned.${writer.extension}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  };

  protected override render() {
    return html`
      <p class="sr-only" role="status">${this.announcer.text}</p>
      ${this.offered ? this.renderPhase() : nothing}
    `;
  }

  private renderPhase() {
    const alignButton = html`<button type="button" class="primary" @click=${this.offer}>Align the transcript to the recording</button>`;
    switch (this.phase) {
      case 'idle':
        return html`<div class="panel">
          <p>This transcript has no times yet. Parley can find where each word is spoken, here in the page.</p>
          ${alignButton}
        </div>`;
      case 'confirm':
        return html`<div class="panel" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">
            Aligning downloads ${megabytes(this.downloadBytes)} once: Parley's aligner and eSpeak-NG, a speech synthesizer that is
            free software under the GPL-3.0 licence. Your recording and transcript stay on this device.
          </p>
          <div class="row">
            <button type="button" class="primary" @click=${this.start}>Download ${megabytes(this.downloadBytes)} and align</button>
            <button type="button" @click=${this.decline}>Not now</button>
          </div>
        </div>`;
      case 'running':
        return html`<div class="panel">
          <label for="progress">${STAGE_NAMES[this.stage]}</label>
          <div class="row">
            <progress id="progress" max="100" .value=${this.percent}>${this.percent} %</progress>
            <span class="percent" aria-hidden="true">${this.percent} %</span>
            <button type="button" class="cancel" @click=${() => this.cancel()}>Cancel</button>
          </div>
        </div>`;
      case 'done': {
        const r = this.result!;
        return html`<div class="panel">
          <p>
            Aligned: ${r.words.toLocaleString('en')} words timed in ${Math.round(r.seconds)} seconds. The player above follows
            the aligned transcript.
          </p>
          <div class="row">
            <label>Format
              <select>
                ${this.writers.map((w) => html`<option value=${w.id}>${w.label} (.${w.extension})</option>`)}
              </select>
            </label>
            <button type="button" class="download" @click=${this.download}>Download transcript</button>
          </div>
          ${r.notes.length
            ? html`<p id="notes-heading">${r.notes.length === 1 ? 'Warning' : 'Warnings'}:</p>
                <ul class="notes" aria-labelledby="notes-heading">
                  ${r.notes.map((n) => html`<li>${n.charAt(0).toUpperCase() + n.slice(1)}.</li>`)}
                </ul>`
            : nothing}
        </div>`;
      }
      case 'error':
        return html`<div class="panel">
          <p role="alert" class="error">${this.error}</p>
          ${this.refused ? html`<button type="button" class="primary" @click=${this.alignAnyway}>Align anyway</button>` : alignButton}
        </div>`;
    }
  }
}

/** One sentence for a failed alignment, as the command line words it. */
function messageFor(error: unknown, mediaName: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = /[.?!]$/.test(message) ? message : `${message}.`;
  if (!(error instanceof AlignFailure)) return `The transcript could not be aligned: ${reason}`;
  if (error.kind === 'recording') return `The recording could not be read: ${reason}`;
  if (error.kind === 'alignment') return `The transcript could not be aligned to ${mediaName}: ${reason}`;
  if (error.kind === 'refused') {
    return `The transcript could not be aligned to ${mediaName}: ${reason} If it is the recording of this transcript, you can align it anyway; the times may then be wrong.`;
  }
  return `The aligner stopped: ${reason}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-aligner': ParleyAligner;
  }
  interface HTMLElementEventMap {
    'parley-aligned': CustomEvent<AlignResult>;
  }
}
