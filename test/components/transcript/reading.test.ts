import { expect } from '@open-wc/testing';
import { ReadingController } from '../../../src/components/transcript/reading.js';
import { DEFAULT_PREFERENCES } from '../../../src/components/settings/preferences.js';
import { timedTranscript } from '../../helpers/fixtures.js';
import { hostWithView } from './host.js';

describe('ReadingController', () => {
  it('turns the view state\'s preferences into the region\'s classes and style, re-rendering only when they change', async () => {
    const { host, set } = await hostWithView();
    const reading = new ReadingController(host);
    await host.updateComplete;
    expect(reading.classes).to.equal('');
    expect(reading.style).to.equal('--_text-scale: 1; --_line-height: 1.6');
    expect(reading.follow).to.equal(true);
    const renders = host.renders;
    set({ searchMatches: [] });
    await host.updateComplete;
    expect(host.renders, 'another part of the view changed').to.equal(renders);
    set({ preferences: { ...DEFAULT_PREFERENCES, textSize: 1.5, lineSpacing: 2.2, timestamps: false, wordHighlight: false, follow: false } });
    await host.updateComplete;
    expect(host.renders).to.equal(renders + 1);
    expect(reading.classes).to.equal('hide-timestamps no-word-highlight');
    expect(reading.style).to.equal('--_text-scale: 1.5; --_line-height: 2.2');
    expect(reading.follow).to.equal(false);
  });

  it('hides the times from the screen with its class and scales the turns with its style', async () => {
    const { host, set } = await hostWithView();
    const reading = new ReadingController(host);
    host.show(timedTranscript(1));
    const region = host.renderRoot.querySelector<HTMLElement>('.scroller')!;
    const apply = () => {
      region.className = `scroller ${reading.classes}`;
      region.setAttribute('style', reading.style);
    };
    const time = host.renderRoot.querySelector('.time')!;
    const turn = host.renderRoot.querySelector('.turn')!;
    apply();
    const size = parseFloat(getComputedStyle(turn).fontSize);
    expect(time.getBoundingClientRect().width).to.be.greaterThan(10);
    set({ preferences: { ...DEFAULT_PREFERENCES, textSize: 1.25, timestamps: false } });
    apply();
    expect(time.getBoundingClientRect().width).to.be.at.most(1);
    expect(parseFloat(getComputedStyle(turn).fontSize)).to.be.closeTo(size * 1.25, 0.5);
  });
});
