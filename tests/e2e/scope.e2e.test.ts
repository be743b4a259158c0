/**
 * The article body in both real browsers: on a news page with a byline, a share bar, a photo
 * credit, a related list and reader comments (each naming actors Dossier knows), only the
 * story is painted; on real news pages, nothing in navigation, asides or footers.
 * Screenshots in test-results/.
 */
import { expect, it } from 'vitest';
import { forEachBrowser } from './support/driver';
import { useServer } from './support/server';

const server = useServer();
const FURNITURE = ['.byline', '.share-bar', '.credit', '.related', '#comments', 'header', 'footer'];

/** Painted texts by where they sit: the story, or one of the furniture blocks. */
const paintedWhere = (furniture: string[]) => {
  const out: Record<string, string[]> = { story: [], elsewhere: [] };
  for (const [name, ranges] of (CSS as any).highlights as Map<string, Set<Range>>) {
    if (!name.startsWith('dossier-') || name === 'dossier-focus') continue;
    for (const r of ranges) {
      const el = r.startContainer.parentElement;
      const block = furniture.find((sel) => el?.closest(sel));
      const key = block ?? (el?.closest('#story, h1') ? 'story' : 'elsewhere');
      (out[key] ??= []).push(r.toString());
    }
  }
  return out;
};
const storyPainted = () => ((CSS as any).highlights?.get('dossier-country')?.size ?? 0) > 0;

/** Real news pages with their furniture: bylines, share bars, related lists, footers. */
const REAL = ['sh-nypost-taliban-swap', 'sh-chron-esper-vietnam', 'sh-aljazeera-afghan-helicopter'];
/** Painted texts inside page furniture that no story sits in (navigation, footers, asides). */
const paintedInFurniture = () => {
  const out: string[] = [];
  for (const [name, ranges] of (CSS as any).highlights as Map<string, Set<Range>>) {
    if (!name.startsWith('dossier-')) continue;
    for (const r of ranges)
      if (r.startContainer.parentElement?.closest('nav, footer, aside, [role=navigation], [role=contentinfo]'))
        out.push(r.toString());
  }
  return out;
};
const anyPainted = () =>
  [...(((CSS as any).highlights ?? new Map()) as Map<string, Set<Range>>)].some(
    ([n, r]) => n.startsWith('dossier-') && r.size > 0,
  );

forEachBrowser((b) => {
  it('paints the story, not the byline, share bar, credit, related list or comments', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/fixtures/furniture-article.html'));
    await page.waitForFunction(storyPainted, undefined, 20_000);
    const seen = await page.evaluate(paintedWhere, FURNITURE);
    expect(seen.story).toEqual(expect.arrayContaining(['Ukraine', 'Russia', 'NATO']));
    for (const sel of FURNITURE) expect(seen[sel] ?? []).toEqual([]);
    expect(seen.elsewhere).toEqual([]);
    await page.screenshot(`${b.name}-furniture-article.png`, { fullPage: true });
    await page.close();
  });

  for (const id of REAL) {
    it(`${id}: paints the story, nothing in navigation, asides or footers`, async () => {
      const page = await b.newPage();
      // Saved pages name resources nobody serves: their paint, not their load event, says they are read.
      await page.goto(server.url(`/corpus/${id}.html`), { lenient: true });
      await page.waitForFunction(anyPainted, undefined, 30_000);
      expect(await page.evaluate(paintedInFurniture)).toEqual([]);
      // The story where its first highlight is, with what surrounds it (viewport, not the whole page).
      await page.evaluate(() => {
        const first = [...(CSS as any).highlights.values()].flatMap((r: Set<Range>) => [...r])[0] as Range;
        first.startContainer.parentElement?.scrollIntoView({ block: 'start' });
      });
      await page.screenshot(`${b.name}-scope-${id}.png`);
      await page.close();
    });
  }
});
