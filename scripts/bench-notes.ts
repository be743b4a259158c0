/**
 * `npm run bench:notes`: the notebook at scale, in real Chromium with the built extension
 * (run `npm run build` first). 10,000 notes over 2,000 pages are imported through the
 * options page's message path, then: the popup's first render of "All notes", search per
 * keystroke, JSON export and import as the reader triggers them, and the database's size
 * on disk (the profile's IndexedDB folder). Figures are the last lines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/support/browsers';

const NOTES = 10_000;
const PAGES = 2_000;
const WORDS = [
  'sanctions',
  'Kremlin',
  'ceasefire',
  'drone',
  'Élysée',
  'cyber',
  'NATO',
  'Hezbollah',
  'treaty',
  'satellite',
  'embassy',
  'missile',
  'election',
  'pipeline',
];
const w = (i: number) => WORDS[(i * 7919) % WORDS.length];

function backup(): string {
  const notes = Array.from({ length: NOTES }, (_, i) => {
    const page = i % PAGES;
    const quote = `The ${w(i)} talks stalled as ${w(i + 1)} officials warned of a ${w(i + 2)} crisis (${i}).`;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: 'passage',
      body: `Note ${i}: ${w(i + 3)} and ${w(i + 4)} matter here; compare with the ${w(i + 5)} report.`,
      tags: [w(i + 6).toLowerCase()],
      quote,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'Earlier this week, ', suffix: ' Officials said' },
        { type: 'TextPositionSelector', start: 100, end: 100 + quote.length },
      ],
      actorIds: [`person/p${i % 300}`],
      topicIds: ['diplomacy'],
      url: `https://news${page % 40}.example/story/${page}`,
      title: `Story ${page} on ${w(page)}`,
      site: `news${page % 40}.example`,
      created: 1_700_000_000_000 + i * 60_000,
      updated: 1_700_000_000_000 + i * 60_000,
    };
  });
  return JSON.stringify({ format: 'dossier-backup', version: 1, exported: new Date().toISOString(), notes });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Progress goes to stderr so the figures stay the last lines of stdout.
const step = (m: string) => process.stderr.write(`${m}\n`);
const s = await launchChromium();
step('browser up');
try {
  const base = `chrome-extension://${s.extensionId}`;
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-bench-')), 'backup.json');
  const text = backup();
  writeFileSync(file, text);

  const options = await s.context.newPage();
  await options.goto(`${base}/options.html`);
  let t0 = Date.now();
  await options.getByLabel(/Import a Dossier backup/).setInputFiles(file);
  await options.getByText(`${NOTES} notes added`).waitFor({ timeout: 120_000 });
  const importMs = Date.now() - t0;
  step(`imported in ${importMs} ms`);

  t0 = Date.now();
  const download = options.waitForEvent('download', { timeout: 120_000 });
  await options.getByRole('button', { name: 'Export JSON backup' }).click();
  const exported = await download;
  const exportMs = Date.now() - t0;
  step('exported');
  const exportedBytes = readFileSync((await exported.path())!).length;

  // First render: from the popup's navigation start to the first note cards on screen in
  // "All notes" (the tab is chosen as soon as it exists, as a reader's click would).
  const renders: number[] = [];
  let popup = await s.context.newPage();
  for (let i = 0; i < 5; i++) {
    if (i) popup = await s.context.newPage();
    await popup.goto(`${base}/popup.html`, { waitUntil: 'commit' });
    const ms = await popup.evaluate(async () => {
      let tab: HTMLElement | undefined;
      while (!(tab = document.querySelectorAll<HTMLElement>('[role=tab]')[1])) await new Promise((r) => requestAnimationFrame(r));
      tab.click();
      while (!document.querySelector('.notes .note, .notes li')) await new Promise((r) => requestAnimationFrame(r));
      return performance.now();
    });
    renders.push(ms);
    step(`popup render ${ms.toFixed(0)} ms`);
    if (i < 4) await popup.close();
  }
  await popup
    .getByText(/notes$/)
    .first()
    .waitFor();
  // Search: from the input event to the list re-rendered and laid out (Preact renders in a
  // microtask, so a zero-delay timer lands after it).
  const keystrokes = await popup.evaluate(async () => {
    const input = document.querySelector('input[type=search]') as HTMLInputElement;
    const times: number[] = [];
    for (const q of ['k', 'kr', 'kre', 'krem', 'kreml', 'kremli', 'kremlin', 'kremlin c', 'kremlin ce', 'kremlin cease']) {
      const start = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      void document.body.offsetHeight;
      times.push(performance.now() - start);
    }
    return times;
  });
  step(`search ${keystrokes.map((t) => t.toFixed(1)).join(' ')}`);
  const du = (dir: string) => Number(execFileSync('du', ['-sk', dir]).toString().split('\t')[0]) / 1024;
  const dbMb = du(join(s.userDataDir, 'Default', 'IndexedDB', `chrome-extension_${s.extensionId}_0.indexeddb.leveldb`));
  rmSync(file, { force: true });

  console.log(`notes: ${NOTES} over ${PAGES} pages (backup ${(text.length / 1e6).toFixed(1)} MB)`);
  console.log(`import (file chosen → "added" shown): ${importMs} ms (target < 5,000)`);
  console.log(`export JSON backup (click → download): ${exportMs} ms, ${(exportedBytes / 1e6).toFixed(1)} MB (target < 2,000)`);
  console.log(
    `popup first render of All notes (navigation start → first notes on screen), median of 5: ${median(renders).toFixed(0)} ms (target < 150)`,
  );
  console.log(
    `search per keystroke, median of 10: ${median(keystrokes).toFixed(1)} ms, max ${Math.max(...keystrokes).toFixed(1)} ms (target < 30)`,
  );
  console.log(`database on disk: ${dbMb.toFixed(1)} MB`);
} finally {
  await s.close();
}
