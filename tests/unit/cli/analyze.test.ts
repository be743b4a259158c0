import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../../..');

describe('npm run analyze', () => {
  it('prints one JSON line per file, an error line for a missing file, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      '<html lang="en"><body><article><h1>Pentagon halts cyber operations against Russia</h1>' +
        '<p>Defense Secretary Hegseth ordered US Cyber Command to stop offensive cyber operations against Russia, officials said, citing national security.</p>'.repeat(
          6,
        ) +
        '</article></body></html>',
    );
    const missing = join(dir, 'missing.html');
    const err = await run(join(REPO, 'node_modules/.bin/tsx'), ['scripts/analyze.ts', file, missing], { cwd: REPO }).catch(
      (e) => e,
    );
    expect(err.code).toBe(1);
    const [first, second] = err.stdout
      .trim()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    expect(Object.keys(first)).toEqual([
      'file',
      'isArticle',
      'inDomain',
      'score',
      'reasons',
      'language',
      'actors',
      'topics',
      'ms',
    ]);
    expect(first).toMatchObject({ file, isArticle: true, inDomain: true, language: 'en' });
    const hegseth = first.actors.find((a: { name: string }) => a.name === 'Pete Hegseth');
    expect(hegseth).toMatchObject({ id: 'person/pete-hegseth', type: 'person' });
    expect(hegseth.mentions).toHaveLength(6);
    expect(second).toEqual({ file: missing, error: 'file not found' });
  }, 30_000);
});
