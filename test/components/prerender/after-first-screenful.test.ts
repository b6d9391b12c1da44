/**
 * A page with a first screenful in its HTML imports the player's code once that screenful answers
 * with the recording's duration known (src/prerender/after-first-screenful.ts), so that the
 * player's evaluation and first render come after the page is interactive.
 */
import { expect } from '@open-wc/testing';
import { afterFirstScreenful } from '../../../src/prerender/after-first-screenful.js';
import { firstScreenfulHtml } from '../../../src/prerender/first-screenful.js';
import { timedTranscript, wavUrl, lastEnd } from '../../helpers/fixtures.js';

const transcript = timedTranscript(2);

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.body.innerHTML = html;
  return doc;
}

describe('afterFirstScreenful', () => {
  it('resolves at once on a page without a first screenful', async () => {
    let done = false;
    void afterFirstScreenful(page('<parley-player><audio></audio></parley-player>')).then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).to.equal(true);
  });

  it('waits for the recording\'s metadata on a page with one, then resolves', async () => {
    const audio = wavUrl(lastEnd(transcript) + 1, transcript);
    const host = document.createElement('div');
    host.innerHTML = `<parley-player><audio preload="none" src="${audio}"></audio>${firstScreenfulHtml(transcript)}</parley-player>`;
    document.body.append(host);
    const media = host.querySelector('audio')!;
    // preload="none" asks for nothing by itself: no waiting.
    await afterFirstScreenful(document);
    media.preload = 'metadata';
    media.load();
    let done = false;
    const waiting = afterFirstScreenful(document).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(done, 'resolved before the metadata').to.equal(media.readyState >= 1);
    await waiting;
    expect(media.readyState).to.be.at.least(1);
    host.remove();
  });
});
