/**
 * <parley-aligner>: aligning in the page what a person perceives — the offer, the download it
 * states first, the native progress bar and its stage, what is announced (start, end, error:
 * once each), Cancel, the downloads, and every error the command line knows. The recordings
 * are a few seconds long; the command line aligns the same files for comparison.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/aligner/aligner.js';
import type { ParleyAligner } from '../../src/components/aligner/aligner.js';
import { formatEntries } from '../../src/formats/index.js';
import { expectAccessible } from '../helpers/axe.js';
import { until } from '../helpers/fixtures.js';
import { alignFixture, cliReason, wordTimes, type AlignFixture, type FixtureKind } from './helpers.js';
import type { AlignResult } from '../../src/align/web.js';

const STAGES = ['Decoding', 'Speaking the text', 'Matching', 'Writing times'];

/** Every worker the page starts, and which were terminated. */
const workers = { created: [] as Worker[], terminated: new Set<Worker>() };
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workers.created.push(this);
  }
  override terminate(): void {
    workers.terminated.add(this);
    super.terminate();
  }
};

/** What a screen reader is told: each new text of the status region, and each alert shown. */
function listen(aligner: ParleyAligner): { status: string[]; alerts: string[]; stop(): void } {
  const heard = { status: [] as string[], alerts: [] as string[] };
  const seenAlerts = new Set<Element>();
  let last = '';
  const check = () => {
    const root = aligner.shadowRoot!;
    const status = root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
    if (status && status !== last) heard.status.push(status);
    last = status;
    for (const alert of root.querySelectorAll('[role="alert"]')) {
      if (!seenAlerts.has(alert) && alert.textContent?.trim()) {
        seenAlerts.add(alert);
        heard.alerts.push(alert.textContent.trim());
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(aligner.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return { ...heard, stop: () => observer.disconnect() };
}

const button = (aligner: ParleyAligner, name: string | RegExp) =>
  [...aligner.shadowRoot!.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!.trim())));

async function mount(f: AlignFixture): Promise<ParleyAligner> {
  const aligner = await fixture<ParleyAligner>(html`<parley-aligner .media=${f.media} .transcriptFile=${f.transcript}></parley-aligner>`);
  await until(() => !!button(aligner, 'Align the transcript to the recording'), 'the offer to align');
  return aligner;
}

/** Clicks through the offer (and the download notice the first time) and waits for the progress bar. */
async function startAligning(aligner: ParleyAligner): Promise<void> {
  button(aligner, 'Align the transcript to the recording')!.click();
  await aligner.updateComplete;
  button(aligner, /^Download .* and align$/)?.click();
  await until(() => !!aligner.shadowRoot!.querySelector('progress'), 'the progress bar');
}

/** The warnings the command line printed, without their prefix. */
const cliWarnings = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('parley align: warning: ')).map((l) => l.replace('parley align: warning: ', ''));

const resources = () => performance.getEntriesByType('resource').map((e) => e.name);

describe('<parley-aligner>', function () {
  this.timeout(180_000);
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('offers to align an untimed transcript and says what it downloads, and its licence, before loading anything', async () => {
    const f = await alignFixture('speech');
    const aligner = await mount(f);
    await expectAccessible(aligner, 'idle');
    const before = resources().length;
    button(aligner, 'Align the transcript to the recording')!.click();
    await aligner.updateComplete;
    const notice = aligner.shadowRoot!.querySelector('#confirm-text')!.textContent!.replace(/\s+/g, ' ');
    expect(notice).to.match(/downloads \d+(\.\d)? MB once/);
    expect(notice).to.include('eSpeak-NG');
    expect(notice).to.include('GPL-3.0');
    expect(notice).to.include('stay on this device');
    expect(aligner.shadowRoot!.activeElement?.textContent).to.match(/^Download \d+(\.\d)? MB and align$/);
    // Nothing of the aligner is fetched until the person agrees.
    expect(resources().slice(before).filter((r) => /web-worker|espeak|decode/.test(r))).to.deep.equal([]);
    expect(workers.created.length).to.equal(0);
    await expectAccessible(aligner, 'confirm download');
    await emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(aligner, 'confirm download, dark');
    button(aligner, 'Not now')!.click();
    await aligner.updateComplete;
    expect(button(aligner, 'Align the transcript to the recording')).to.exist;
  });

  it('stays out of the way for a transcript that already has times', async () => {
    const f = await alignFixture('speech');
    const timed = new File([f.cli.output!], 'briefing.json', { type: 'application/json' });
    const aligner = await fixture<ParleyAligner>(html`<parley-aligner .media=${f.media} .transcriptFile=${timed}></parley-aligner>`);
    await new Promise((r) => setTimeout(r, 300));
    expect(aligner.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('aligns to the command line’s times to the millisecond, with a named native progress bar, announcing only the start and the end', async () => {
    const f = await alignFixture('speech');
    expect(f.cli.code, f.cli.stderr).to.equal(0);
    const aligner = await mount(f);
    const heard = listen(aligner);
    let result = null as AlignResult | null;
    aligner.addEventListener('parley-aligned', (e) => (result = e.detail));
    const seen: { stage: string; value: number }[] = [];
    let axed = false;
    await startAligning(aligner);
    expect(aligner.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Cancel');
    // Watch the bar on every frame until the end.
    const deadline = performance.now() + 120_000;
    while (!result) {
      if (performance.now() > deadline) throw new Error('timed out waiting for the alignment');
      const bar = aligner.shadowRoot!.querySelector('progress');
      if (bar) {
        const name = aligner.shadowRoot!.querySelector(`label[for="${bar.id}"]`)!.textContent!.trim();
        seen.push({ stage: name, value: bar.value });
        if (!axed) {
          axed = true;
          await expectAccessible(aligner, 'in progress');
        }
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
    heard.stop();
    expect(wordTimes(result!.transcript)).to.deep.equal(wordTimes(JSON.parse(f.cli.output!)));
    // The bar's name is always one of the four stages, in order, and its value never goes back.
    for (const s of seen) expect(STAGES).to.include(s.stage);
    const order = seen.map((s) => STAGES.indexOf(s.stage));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    for (let k = 1; k < seen.length; k++) expect(seen[k]!.value).to.be.at.least(seen[k - 1]!.value);
    expect(seen[0]!.stage).to.equal('Decoding');
    // Announced: the start and the end, nothing in between.
    await until(() => aligner.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('Aligned'), 'the end announced');
    const said = [...heard.status, aligner.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()].filter((t, k, a) => a.indexOf(t) === k);
    expect(said).to.deep.equal([`Aligning ${f.media.name} to its transcript.`, said[1]]);
    const cliWords = wordTimes(JSON.parse(f.cli.output!)).filter((w) => !w.endsWith('null null')).length;
    // The command line warns of the noise before the speech; the page counts its warnings too.
    const warned = cliWarnings(f.cli.stderr).length;
    const count = warned === 0 ? '' : warned === 1 ? ' One warning, listed below\\.' : ` ${warned} warnings, listed below\\.`;
    expect(said[1]).to.match(new RegExp(`^Aligned: ${cliWords} words timed in \\d+ seconds\\.${count} The player now follows the aligned transcript\\.$`));
    expect(heard.alerts).to.deep.equal([]);
    // Every worker is gone when the work is done.
    expect(workers.created.every((w) => workers.terminated.has(w))).to.equal(true);
    await expectAccessible(aligner, 'done');
    await emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(aligner, 'done, dark');
    // In a phone's column (a 320 px screen less the page's margins) every control of the result
    // stays inside it: the format list's longest name is wider than that unless the list may shrink.
    aligner.style.width = '240px';
    try {
      const edge = aligner.getBoundingClientRect().right;
      for (const control of aligner.shadowRoot!.querySelectorAll('select, button')) {
        expect(control.getBoundingClientRect().right, control.localName === 'select' ? 'the format list' : control.textContent!.trim()).to.be.at.most(edge + 0.5);
      }
    } finally {
      aligner.style.width = '';
    }
  });

  it('downloads the aligned transcript in every format Parley writes', async () => {
    const f = await alignFixture('speech');
    const aligner = await mount(f);
    await startAligning(aligner);
    await until(() => !!button(aligner, 'Download transcript') && !button(aligner, 'Download transcript')!.disabled, 'the download button', 120_000);
    expect(aligner.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Download transcript');
    const select = aligner.shadowRoot!.querySelector('select')!;
    const writers = formatEntries().filter((w) => w.writes);
    expect([...select.options].map((o) => o.value)).to.deep.equal(writers.map((w) => w.id));
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      for (const writer of writers) {
        select.value = writer.id;
        button(aligner, 'Download transcript')!.click();
        await until(() => clicked.length === writers.indexOf(writer) + 1, `the ${writer.label} download`);
        const link = clicked.at(-1)!;
        expect(link.download).to.equal(`briefing.aligned.${writer.extensions[0]}`);
        const text = await (await fetch(link.href)).text();
        expect(text.length, writer.label).to.be.above(100);
        expect(text).to.include('Washington');
      }
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const vtt = await (await fetch(clicked[writers.findIndex((w) => w.id === 'vtt')]!.href)).text();
    expect(vtt).to.match(/^WEBVTT/);
    expect(vtt).to.match(/<\d\d:\d\d:\d\d\.\d\d\d>/);
  });

  it('Cancel stops the worker at once, says so once, and leaves the offer for another try', async () => {
    const f = await alignFixture('speech');
    const aligner = await mount(f);
    const heard = listen(aligner);
    let aligned = false;
    aligner.addEventListener('parley-aligned', () => (aligned = true));
    const first = workers.created.length;
    await startAligning(aligner);
    const started = workers.created.slice(first);
    // One worker decodes and matches, one speaks the text.
    expect(started.length).to.equal(2);
    button(aligner, 'Cancel')!.click();
    // Both terminated in the same task as the click: no message from them can arrive afterwards.
    expect(started.every((w) => workers.terminated.has(w))).to.equal(true);
    await aligner.updateComplete;
    expect(aligner.shadowRoot!.querySelector('progress')).to.equal(null);
    expect(aligner.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Align the transcript to the recording');
    await until(() => heard.status.includes('Alignment cancelled.'), 'the cancellation announced');
    await new Promise((r) => setTimeout(r, 1500));
    heard.stop();
    expect(aligned).to.equal(false);
    expect(heard.status).to.deep.equal([`Aligning ${f.media.name} to its transcript.`, 'Alignment cancelled.']);
    expect(heard.alerts).to.deep.equal([]);
    await expectAccessible(aligner, 'idle after cancel');
  });

  const errors: [FixtureKind, string][] = [
    ['corrupt', 'a corrupt recording'],
    ['silent', 'a recording with no speech'],
    ['other', 'a recording that does not contain the text'],
    ['too-long', 'a transcript much longer than the recording'],
  ];
  for (const [kind, what] of errors) {
    it(`says what is wrong with ${what} in one alert, as the command line does, and can try again`, async () => {
      const f = await alignFixture(kind);
      expect(f.cli.code).to.equal(1);
      const aligner = await mount(f);
      const heard = listen(aligner);
      await startAligning(aligner);
      await until(() => heard.alerts.length > 0, 'an alert', 120_000);
      await new Promise((r) => setTimeout(r, 500));
      heard.stop();
      expect(heard.alerts.length).to.equal(1);
      expect(heard.alerts[0]).to.include(cliReason(f.cli.stderr).replace(/\.$/, ''));
      expect(heard.status).to.deep.equal([`Aligning ${f.media.name} to its transcript.`]);
      expect(aligner.shadowRoot!.querySelector('progress')).to.equal(null);
      // A refusal (the recording does not seem to hold the text) can be overridden; any other error can be tried again.
      const again = button(aligner, kind === 'other' ? 'Align anyway' : 'Align the transcript to the recording')!;
      expect(aligner.shadowRoot!.activeElement).to.equal(again);
      if (kind === 'other') expect(button(aligner, 'Align the transcript to the recording')).to.equal(undefined);
      await expectAccessible(aligner, `error: ${kind}`);
      if (kind === 'too-long') {
        // The page is usable for the next try: the right files align.
        const good = await alignFixture('speech');
        aligner.media = good.media;
        aligner.transcriptFile = good.transcript;
        await until(() => !aligner.shadowRoot!.querySelector('[role="alert"]') && !!button(aligner, 'Align the transcript to the recording'), 'a fresh offer');
        let result = null as AlignResult | null;
        aligner.addEventListener('parley-aligned', (e) => (result = e.detail));
        button(aligner, 'Align the transcript to the recording')!.click();
        await until(() => result !== null, 'the second alignment', 120_000);
        expect(wordTimes(result!.transcript)).to.deep.equal(wordTimes(JSON.parse(good.cli.output!)));
      }
    });
  }

  it('aligns a refused recording anyway when asked, as `parley align --force` does, and lists the warning', async () => {
    const f = await alignFixture('other-forced');
    expect(f.cli.code, f.cli.stderr).to.equal(0);
    const aligner = await mount(f);
    await startAligning(aligner);
    await until(() => !!button(aligner, 'Align anyway'), 'the refusal', 120_000);
    expect(aligner.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('If it is the recording of this transcript, you can align it anyway');
    const heard = listen(aligner);
    let result = null as AlignResult | null;
    aligner.addEventListener('parley-aligned', (e) => (result = e.detail));
    button(aligner, 'Align anyway')!.click();
    await until(() => result !== null, 'the forced alignment', 120_000);
    expect(wordTimes(result!.transcript)).to.deep.equal(wordTimes(JSON.parse(f.cli.output!)));
    await until(() => !!aligner.shadowRoot!.querySelector('.notes'), 'the warnings listed');
    heard.stop();
    // The command line's warnings, word for word, in a list named for them.
    const warnings = cliWarnings(f.cli.stderr);
    expect(warnings[0]).to.match(/^the recording may not contain the transcript's text \(the refusal test measures \d\.\d\d, above the limit, 0\.\d+\): aligned anyway, as asked; check the times$/);
    const list = aligner.shadowRoot!.querySelector('ul.notes')!;
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(warnings.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}.`));
    expect(list.getAttribute('aria-labelledby')).to.equal('notes-heading');
    expect(JSON.parse(f.cli.output!).metadata.notes).to.include(warnings[0]);
    const status = () => aligner.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    await until(() => status().startsWith('Aligned'), 'the end announced');
    expect(status()).to.match(/^Aligned: \d+ words timed in \d+ seconds\. (One warning|\d+ warnings), listed below\. The player now follows the aligned transcript\.$/);
    await expectAccessible(aligner, 'done with warnings');
    await emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(aligner, 'done with warnings, dark');
  });
});
