/** The panels the player loads on first use (reading settings, downloads), opened as a person does. */
import { expect } from '@open-wc/testing';
import type { Mounted } from './mount.js';
import { until } from './fixtures.js';

/** Presses the player's button for a panel that loads on first use, and waits for the panel. */
export async function openLazyPanel(m: Pick<Mounted, 'player'>, name: 'settings' | 'download'): Promise<void> {
  const button = m.player.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${name}-toggle"]`);
  if (!button) return;
  expect(button.getAttribute('aria-expanded')).to.equal('false');
  button.click();
  await until(() => m.player.shadowRoot!.querySelector(`parley-${name}`)?.shadowRoot != null, `the ${name} panel loaded`);
  await m.player.updateComplete;
  await (m.player.shadowRoot!.querySelector(`parley-${name}`) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

