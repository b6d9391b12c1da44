import { expect } from '@open-wc/testing';
import { axeViolations, expectAccessible } from '../helpers/axe.js';

// The accessibility check itself must be able to fail: a nameless button and an image without
// alt text are two violations axe-core always reports.
describe('the axe-core check', () => {
  it('reports a nameless button and an image without alternative text', async () => {
    const broken = document.createElement('main');
    broken.innerHTML = '<button></button><img src="data:,">';
    document.body.append(broken);
    try {
      const violations = await axeViolations(broken);
      expect(violations.some((v) => v.startsWith('button-name'))).to.equal(true);
      expect(violations.some((v) => v.startsWith('image-alt'))).to.equal(true);
      let thrown: unknown;
      await expectAccessible(broken, 'broken fixture').catch((e) => (thrown = e));
      expect(String(thrown)).to.contain('button-name');
    } finally {
      broken.remove();
    }
  });

  it('passes a well-formed fragment', async () => {
    const fine = document.createElement('main');
    fine.innerHTML = '<button type="button">Play</button><img src="data:," alt="Waveform">';
    document.body.append(fine);
    try {
      await expectAccessible(fine, 'fine fixture');
    } finally {
      fine.remove();
    }
  });
});
