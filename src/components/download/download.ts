import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Transcript } from '../../model/transcript.js';
import { viewContext, type ViewState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';
import { disclosureButton } from '../shared/styles.js';
import { theme } from '../shared/theme.js';
import { fill, localStrings, type ParleyStrings } from '../shared/strings.js';
import type { DownloadFormat } from '../../formats/writers.js';


/** Order of the formats in the menu. */
const ORDER: readonly DownloadFormat[] = ['txt', 'vtt', 'srt', 'json', 'html'];

/**
 * "Download transcript": a disclosure button and a list of the formats Parley writes (plain text,
 * WebVTT, SRT, Parley JSON, HTML). The file is made in the page from the transcript shown, by the
 * same writers as `parley convert`; each writer loads only when its format is chosen.
 *
 * @csspart toggle - The "Download transcript" button.
 * @csspart menu - The list of formats.
 */
@customElement('parley-download')
export class ParleyDownload extends LitElement {
  /** Focus on the element goes to its button (the player focuses a panel it has just loaded). */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    theme,
    disclosureButton,
    css`
      :host {
        display: block;
      }
      [hidden] {
        display: none !important;
      }
      ul {
        list-style: none;
        margin: 0.5rem 0 0;
        padding: 0.25rem 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.375rem;
      }
      .format {
        border-width: 1px;
      }
      button:disabled {
        opacity: 0.6;
        cursor: default;
      }
      .error {
        margin: 0.25rem 0;
      }
    `,
  ];

  /** The transcript to write; by default the player's. */
  @property({ attribute: false }) accessor transcript: Transcript | null = null;

  /** Replacements for any of the strings shown or announced (see `ParleyStrings`). */
  @property({ attribute: false }) accessor strings: Partial<ParleyStrings> | null = null;

  /** Whether the list of formats is shown. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** Id of the `<parley-player>` to work with when not inside one. */
  @property({ attribute: 'for', reflect: true }) accessor htmlFor = '';

  /** Only the transcript of the view state: the menu does not re-render while playing or searching. */
  private view = new ContextSelection(this, viewContext, (v: ViewState | undefined) => v?.transcript ?? null);

  @state() private accessor error = '';

  get data(): Transcript | null {
    return this.transcript ?? this.view.value;
  }

  protected override render() {
    const s = localStrings(this);
    const names: Record<DownloadFormat, string> = { txt: s.formatTxt, vtt: s.formatVtt, srt: s.formatSrt, json: s.formatJson, html: s.formatHtml };
    return html`
      <button type="button" class="disclosure" part="toggle" aria-expanded=${String(this.open)} ?disabled=${!this.data} @click=${() => (this.open = !this.open)}>
        ${s.downloadTranscript}
      </button>
      <ul part="menu" ?hidden=${!this.open} aria-label=${s.downloadTranscript}>
        ${ORDER.map((f) => html`<li><button type="button" class="disclosure format" @click=${() => this.download(f)}>${names[f]}</button></li>`)}
      </ul>
      <p class="error" role="alert">${this.error}</p>
    `;
  }

  /** Writes the transcript in `format` and saves it as a file. */
  async download(format: DownloadFormat): Promise<void> {
    const data = this.data;
    if (!data) return;
    this.error = '';
    try {
      const { writeForDownload, downloadName } = await import('../../formats/writers.js');
      const { text, type } = await writeForDownload(data, format);
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = downloadName(data, format);
      a.hidden = true;
      this.shadowRoot!.append(a);
      a.click();
      a.remove();
      // The download has started from the URL; let it finish before releasing it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.dispatchEvent(new CustomEvent('parley-download', { detail: { format, name: a.download, text }, bubbles: true, composed: true }));
    } catch (error) {
      this.error = fill(localStrings(this).writeFailed, { reason: error instanceof Error ? error.message : String(error) });
    }
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'parley-download': ParleyDownload;
  }
  interface HTMLElementEventMap {
    'parley-download': CustomEvent<{ format: DownloadFormat; name: string; text: string }>;
  }
}
