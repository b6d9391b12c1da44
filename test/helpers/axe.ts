/**
 * Runs axe-core on a part of the page and fails with a readable list of violations.
 * axe-core has no ESM build: importing the minified script sets `window.axe`.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options?: RunOptions): Promise<AxeResults> };
  }
}

/** The axe violations found in `context`, described one per line ("rule: target — summary"). */
export async function axeViolations(context: Element | Document = document, options: RunOptions = {}): Promise<string[]> {
  const results = await window.axe.run(context, { resultTypes: ['violations'], ...options });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ') ?? v.help}`),
  );
}

/** Throws when axe finds any violation in `context`; `state` names the state being checked. */
export async function expectAccessible(context: Element | Document, state: string): Promise<void> {
  const violations = await axeViolations(context);
  if (violations.length) {
    throw new Error(`axe-core found ${violations.length} violation(s) in state "${state}":\n${violations.join('\n')}`);
  }
}
