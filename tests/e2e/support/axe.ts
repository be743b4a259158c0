/**
 * axe-core run inside a page (popup, options): the violations a reader of assistive
 * technology would meet, serious and critical only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO } from './server';

export const AXE_SOURCE = readFileSync(resolve(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Evaluated in the page after `page.evaluate(AXE_SOURCE)` (driver evaluation, which extension
 * pages' CSP allows where a script tag is refused): ids and targets of serious or critical violations. */
export async function seriousViolations(): Promise<string[]> {
  const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
  return result.violations
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
