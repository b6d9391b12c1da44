/**
 * The element reference page (reference.html): renders custom-elements.json, the manifest the
 * package build generates from the elements' doc comments, as tables, and puts a live example under
 * each element. Built with the demo site; the manifest and the package's parley.js are served beside
 * the page (vite.config.ts). Each example runs in its own frame, a plain page with parley.js, exactly
 * as a site without a bundler would use it (and so that each example's landmarks stay its own).
 */

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Described {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: (Described & { fieldName?: string })[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

/** The demo recording, as every example loads it. */
const MEDIA = 'media/press-conference-2007-10-12';
const SOURCES = `src="${MEDIA}.mp3" transcript-src="${MEDIA}.json" peaks-src="${MEDIA}.peaks.json"`;

/** A navigation element in the player's panels slot, below a transcript at most `height` tall. */
const panelExample = (tag: string, height: string, attributes = '') => `<parley-player ${SOURCES} hide="waveform speed volume offset" style="--parley-transcript-max-height: ${height}">
  <audio controls src="${MEDIA}.mp3"></audio>
  <${tag} slot="panels"${attributes ? ` ${attributes}` : ''}></${tag}>
</parley-player>`;

/** A live example per element: markup written here (never from the manifest), shown and run. */
const EXAMPLES: Record<string, string> = {
  'parley-player': `<parley-player ${SOURCES}>
  <audio controls src="${MEDIA}.mp3"></audio>
  <a href="${MEDIA}.md">Read the transcript</a>
</parley-player>`,
  'parley-transcript': `<parley-player ${SOURCES} hide="waveform speed volume offset"
  style="--parley-transcript-max-height: 16rem; --parley-word-background: #c6f0c2; --parley-current-accent: #2b7a26">
  <audio controls src="${MEDIA}.mp3"></audio>
</parley-player>`,
  'parley-waveform': `<parley-player ${SOURCES} theme="dark"
  style="--parley-wave-height: 96px; --parley-progress-color: #f5c211; --parley-transcript-max-height: 10rem">
  <audio controls src="${MEDIA}.mp3"></audio>
</parley-player>`,
  'parley-controls': `<parley-player ${SOURCES} hide="waveform offset"
  style="--parley-accent: #6d2f9c; --parley-radius: 999px; --parley-transcript-max-height: 10rem">
  <audio controls src="${MEDIA}.mp3"></audio>
</parley-player>`,
  'parley-compact-bar': panelExample('parley-compact-bar', '12rem'),
  'parley-settings': `<parley-player ${SOURCES} hide="waveform" style="--parley-transcript-max-height: 12rem">
  <audio controls src="${MEDIA}.mp3"></audio>
  <parley-settings slot="panels" open></parley-settings>
</parley-player>`,
  'parley-download': panelExample('parley-download', '12rem', 'open'),
  'parley-questions': panelExample('parley-questions', '20rem', 'heading-level="4"'),
  'parley-search': panelExample('parley-search', '16rem'),
  'parley-speaker-filter': panelExample('parley-speaker-filter', '16rem'),
  'parley-where-am-i': panelExample('parley-where-am-i', '12rem'),
  'parley-shortcuts': panelExample('parley-shortcuts', '12rem'),
  'parley-navigation': panelExample('parley-navigation', '12rem'),
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

/** Doc-comment text with `code` spans, as DOM (the manifest's text is never parsed as HTML). */
function prose(text = ''): (Node | string)[] {
  return text.split(/(`[^`]+`)/).map((part) => (part.startsWith('`') && part.endsWith('`') ? el('code', part.slice(1, -1)) : part));
}

function table(caption: string, headings: string[], rows: (Node | string)[][][]): HTMLElement[] {
  if (!rows.length) return [];
  const head = el('tr', ...headings.map((h) => {
    const th = el('th', h);
    th.scope = 'col';
    return th;
  }));
  return [el('h3', caption), el('table', el('thead', head), el('tbody', ...rows.map((cells) => el('tr', ...cells.map((c) => el('td', ...c))))))];
}

const code = (text?: string) => (text ? [el('code', text)] : []);

function section(element: Declaration): HTMLElement {
  const tag = element.tagName!;
  const id = tag;
  const heading = el('h2', el('code', `<${tag}>`));
  heading.id = id;
  const paragraphs = (element.description ?? '').split(/\n\s*\n/).map((p) => el('p', ...prose(p.replace(/\s*\n\s*/g, ' '))));
  const publicFields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const parts: HTMLElement[] = [
    heading,
    ...paragraphs,
    ...table('Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], (element.attributes ?? []).map((a) => [
      code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), prose(a.description),
    ])),
    ...table('Properties', ['Property', 'Attribute', 'Type', 'Description'], publicFields.map((m) => [
      code(m.name), code(m.attribute), code(m.type?.text), prose(m.description),
    ])),
    ...table('Events', ['Event', 'Description'], (element.events ?? []).filter((e) => e.name).map((e) => [code(e.name), prose(e.description)])),
    ...table('Slots', ['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : ['(default)'], prose(s.description)])),
    ...table('Parts', ['Part', 'Description'], (element.cssParts ?? []).map((p) => [code(p.name), prose(p.description)])),
    ...table('Custom properties', ['Property', 'Description'], (element.cssProperties ?? []).map((p) => [code(p.name), prose(p.description)])),
  ];
  const example = EXAMPLES[tag];
  if (example) {
    const frame = el('iframe');
    frame.className = 'example';
    frame.title = `Live example of ${tag}`;
    frame.loading = 'lazy';
    // Trusted markup written in this file, not content from the manifest or a transcript.
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tag}</title>
<meta name="color-scheme" content="light dark"><style>:root { color-scheme: light dark; font-family: system-ui, sans-serif; }</style>
<script type="module" src="parley.js"></script></head><body><main>${example}</main></body></html>`;
    const source = el('pre', el('code', example));
    source.tabIndex = 0;
    source.setAttribute('aria-label', `Markup of the ${tag} example`);
    parts.push(el('h3', 'Example'), source, frame);
  }
  const wrapper = el('section', ...parts);
  wrapper.setAttribute('aria-labelledby', id);
  return wrapper;
}

async function main(): Promise<void> {
  const into = document.querySelector('#elements')!;
  const toc = document.querySelector('#toc')!;
  let manifest: Manifest;
  try {
    const response = await fetch(new URL('custom-elements.json', document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    manifest = (await response.json()) as Manifest;
  } catch (error) {
    into.replaceChildren(el('p', `The manifest custom-elements.json could not be loaded (${(error as Error).message}); run npm run build:packages.`));
    return;
  }
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  // The player first, then the order the manifest lists them in.
  elements.sort((a, b) => Number(b.tagName === 'parley-player') - Number(a.tagName === 'parley-player'));
  toc.replaceChildren(...elements.map((e) => {
    const link = el('a', el('code', e.tagName!));
    link.href = `#${e.tagName}`;
    return el('li', link);
  }));
  into.replaceChildren(...elements.map(section));
}

void main();

export {};
