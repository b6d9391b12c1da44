/**
 * No script from addresses: every place an address enters the page — the demo page's `?media=`,
 * `?transcript=` and `?peaks=`, the player's `src`, `transcript-src` and `peaks-src`, the standalone
 * transcript's `transcript-src` — refuses `javascript:`, `data:text/html` and `vbscript:` in any case and
 * with whitespace inside, and says so; http(s), blob: and relative addresses pass. The demo
 * page runs under its Content-Security-Policy, which reports no violation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { safeUrl } from '../../src/nav/safe-url.js';
import '../../src/components/player/player.js';
import '../../src/components/transcript/transcript.js';
import type { ParleyPlayer } from '../../src/components/player/player.js';
import type { ParleyTranscript } from '../../src/components/transcript/transcript.js';
import { expectAccessible } from '../helpers/axe.js';
import { until } from '../helpers/fixtures.js';

/** Hostile addresses, each of which a browser would run or render as a page if it reached href or src. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '  javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\r\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript\t:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:text/html,x',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'vb\tscript:msgbox(1)',
];

const SAFE = ['media/talk.mp3', '/media/talk.vtt', './talk.vtt', '../talk.vtt', '?x=1', 'talk.vtt#t=5', '//example.org/talk.mp3', 'https://example.org/a.vtt', 'HTTP://example.org/a.vtt', 'blob:http://localhost:8000/0f6f2f1a-1b2c-4d5e-8f90-123456789abc'];

describe('safeUrl', () => {
  for (const address of HOSTILE) {
    it(`refuses ${JSON.stringify(address)}`, () => {
      expect(safeUrl(address)).to.equal(null);
      // And the browser agrees that it is one of the schemes that run or render script.
      expect(['javascript:', 'data:', 'vbscript:']).to.include(new URL(address.trim(), location.href).protocol);
    });
  }
  it('lets http(s), blob: and relative addresses through as given', () => {
    for (const address of SAFE) expect(safeUrl(address), address).to.equal(address);
    expect(safeUrl('  media/talk.mp3 ')).to.equal('media/talk.mp3');
    expect(safeUrl('')).to.equal(null);
    expect(safeUrl(null)).to.equal(null);
  });
});

function alerts(player: ParleyPlayer): string[] {
  return Array.from(player.shadowRoot!.querySelectorAll('[role="alert"]'), (a) => a.textContent!.trim()).filter(Boolean);
}

describe('the player refuses hostile addresses', () => {
  for (const address of ['javascript:alert(1)', 'Java\tScript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' VBScript:msgbox(1)']) {
    it(`src, transcript and peaks = ${JSON.stringify(address)}`, async () => {
      const player = await fixture<ParleyPlayer>(html`<parley-player src=${address} transcript-src=${address} peaks-src=${address}></parley-player>`);
      await until(() => alerts(player).length === 2, 'two messages');
      const media = player.mediaElement!;
      expect(media.getAttribute('src')).to.equal(null);
      expect(media.currentSrc).to.equal('');
      expect(alerts(player)).to.deep.equal([
        `The recording address was not used: “${address}” is not an http, https or relative address.`,
        `The transcript address was not used: “${address}” is not an http, https or relative address.`,
      ]);
      expect((player.shadowRoot!.querySelector('parley-waveform') as unknown as { peaksSrc: string }).peaksSrc).to.equal('');
      await expectAccessible(player, 'after refusing addresses');
    });
  }

  it('the standalone transcript refuses its src', async () => {
    const el = await fixture<ParleyTranscript>(html`<parley-transcript transcript-src="javascript:alert(1)"></parley-transcript>`);
    await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 'a message');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('is not an http, https or relative address');
  });
});

/** The demo page (index.html and its script, under its CSP) in a frame, with the given query. */
async function demoPage(query: string): Promise<{ doc: Document; violations: string[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  const violations: string[] = [];
  document.body.append(frame);
  frame.src = `/index.html${query}`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  await until(() => !!doc.querySelector('parley-player')?.shadowRoot, 'the player in the demo page', 15_000);
  return { doc, violations, frame };
}

describe('the demo page', () => {
  const cases = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
  for (const address of cases) {
    it(`?media, ?transcript and ?peaks = ${JSON.stringify(address)}: nothing of it reaches a link or the player; the page says so`, async () => {
      const value = encodeURIComponent(address);
      const { doc, frame } = await demoPage(`?media=${value}&transcript=${value}&peaks=${value}`);
      try {
        await until(() => doc.querySelector('#page-alert')!.textContent!.includes('not used'), 'the page message');
        const message = doc.querySelector('#page-alert')!.textContent!;
        for (const what of ['recording', 'transcript', 'peaks']) expect(message).to.contain(`The ${what} address was not used`);
        for (const a of Array.from(doc.querySelectorAll('a'))) expect(['http:', 'https:']).to.include(a.protocol);
        const player = doc.querySelector('parley-player') as ParleyPlayer;
        expect([player.src, player.transcriptSrc, player.peaksSrc].join('')).to.equal('');
        expect(doc.querySelector<HTMLElement>('#transcript-link')!.closest('p')!.hidden).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  }

  it('a malformed % in ?media= gives the recording\'s own message, not the demo', async () => {
    const { doc, frame } = await demoPage('?media=media/talk%E0%A4%A.mp3&transcript=media/test-video.vtt');
    try {
      expect(doc.querySelector('#title')!.textContent).to.not.contain('2+2');
      const player = doc.querySelector('parley-player') as ParleyPlayer;
      await until(() => alerts(player).length > 0, 'a media message', 15_000);
      expect(alerts(player)).to.have.length(1);
      expect(alerts(player)[0]).to.match(/^The recording could not be loaded: /);
    } finally {
      frame.remove();
    }
  });

  it('runs under its Content-Security-Policy with no violation, with the press conference loaded', async () => {
    const { doc, violations, frame } = await demoPage('');
    try {
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      expect(csp).to.contain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).to.contain("worker-src 'self' blob:");
      expect(csp).not.to.match(/script-src[^;]*'unsafe-inline'/);
      // No inline script in the page as written: every script has a src. (The build writes parley-first.js
      // inline and allows it by its hash: test/node/demo-first-screenful.test.ts.)
      for (const script of Array.from(doc.querySelectorAll('script'))) expect(script.getAttribute('src')).to.be.a('string');
      const player = doc.querySelector('parley-player') as ParleyPlayer;
      await until(() => !!player.transcript, 'the transcript', 15_000);
      // An inline script is refused by the policy: the page's own guard works.
      const probe = doc.createElement('script');
      probe.textContent = 'window.__inlineRan = true';
      doc.body.append(probe);
      await until(() => violations.some((v) => v.startsWith('script-src')), 'the inline script refused');
      expect((frame.contentWindow as unknown as { __inlineRan?: boolean }).__inlineRan).to.equal(undefined);
      expect(violations.filter((v) => !v.startsWith('script-src'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
