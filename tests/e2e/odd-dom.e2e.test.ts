/**
 * Odd DOM, in both real browsers: an article whose body lives in a web component's open
 * shadow tree (with slots) is read and painted there — visibly, which in Firefox takes
 * Dossier's styles inside the shadow root — and its names answer to the pointer; code, an
 * editable box, a form field, SVG text and a closed shadow root are left alone;
 * right-to-left text beside names does not shift the highlights. A passage selected inside
 * the shadow tree takes a note that comes back there after a reload. On a dark page the
 * highlights stay visible and the names on them readable.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, hostAt, type Box, type TestPage } from './support/driver';
import { meanColour, noteButtonPoint, textPoint } from './support/page-probes';
import { dragSelect } from './support/pointer';
import { useServer } from './support/server';

const server = useServer();

interface Painted {
  name: string;
  text: string;
  /** The id of the nearest element with one, prefixed "shadow:" inside a shadow tree. */
  where: string;
}

/** Every range Dossier paints, with where it lies. */
function painted(): Painted[] {
  const out: Painted[] = [];
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const [name, ranges] of registry) {
    if (!name.startsWith('dossier-')) continue;
    for (const r of ranges) {
      const inShadow = r.startContainer.getRootNode() instanceof ShadowRoot;
      const id = r.startContainer.parentElement?.closest('[id]')?.id ?? '';
      out.push({ name, text: r.toString(), where: `${inShadow ? 'shadow:' : ''}${id}` });
    }
  }
  return out;
}

const hasGroupInShadow = () =>
  [...(((CSS as any).highlights?.get('dossier-group') ?? []) as Set<Range>)].some(
    (r) => r.startContainer.getRootNode() instanceof ShadowRoot,
  );

function expectOddDomRead(seen: Painted[]) {
  const at = (where: string) => seen.filter((p) => p.where === where).map((p) => p.text);
  // The shadow tree's own text, and light children shown through its slots.
  expect(at('shadow:')).toEqual(expect.arrayContaining(['Iran', 'Israel', 'Hezbollah']));
  expect(at('story')).toEqual(
    expect.arrayContaining(['Ukraine', 'Russia', 'Turkey', 'President Volodymyr Zelensky', 'Pentagon', 'NATO']),
  );
  // Names beside right-to-left text are painted exactly.
  expect(at('rtl')).toEqual(expect.arrayContaining(['Zelensky', 'Russia']));
  // Never inside code, editable text, form fields, SVG or a closed shadow root.
  for (const where of ['code', 'editable', 'field', 'chart', 'closed']) expect(at(where)).toEqual([]);
  expect(seen.some((p) => p.text.includes('Hamas'))).toBe(false);
}

const NOTE_QUOTE = 'were not at the table';

/** The passages Dossier marks as noted, and whether each lies in a shadow tree. */
const notedPassages = () =>
  [...(((CSS as any).highlights?.get('dossier-note') ?? []) as Set<Range>)].map((r) => ({
    text: r.toString(),
    inShadow: r.startContainer.getRootNode() instanceof ShadowRoot,
  }));

/** Colour distance between the mean colours of two screenshot clips. */
const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

/** The mean colour the reader sees in a viewport box. */
const colourAt = async (page: TestPage, box: Box) => page.evaluate(meanColour, await page.capture(box));

forEachBrowser((b) => {
  it('reads and paints an article inside open shadow roots, and leaves code, editable text, fields and SVG alone', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/fixtures/odd-dom.html'));
    await page.waitForFunction(hasGroupInShadow, undefined, 20_000);
    expectOddDomRead(await page.evaluate(painted));

    const name = await page.evaluate(textPoint, { within: '#story', text: 'Hezbollah', shadow: true });
    const plain = await page.evaluate(textPoint, { within: '#story', text: 'table', shadow: true });
    expect(distance(await colourAt(page, name.box), await colourAt(page, plain.box))).toBeGreaterThan(15);

    await page.mouse.move(name.x, name.y);
    const card = await page.card('Hezbollah: who this is', name);
    if (card.readable) expect(card.text).toContain('Hezbollah');
    expect(await page.evaluate(hostAt, name)).toBe(false);
    expect(await page.evaluate(hostAt, { x: name.x, y: name.y + 60 })).toBe(true);
    await page.screenshot(`${b.name}-odd-dom.png`);
    await page.close();
  });

  it('notes a passage selected inside a shadow tree, and finds it there again after a reload', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/fixtures/odd-dom.html'));
    await page.waitForFunction(hasGroupInShadow, undefined, 20_000);
    const from = await page.evaluate(textPoint, { within: '#story', text: 'were', shadow: true });
    const to = await page.evaluate(textPoint, { within: '#story', text: 'table', shadow: true });
    await dragSelect(page.mouse, from, to);
    const button = noteButtonPoint({ right: to.box.x + to.box.width, bottom: to.box.y + to.box.height });
    await page.waitForFunction(hostAt, button);
    await page.mouse.click(button.x, button.y);
    await page.noteEditor();
    await page.keyboard.type('Who was missing from the talks');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'));
    expect(await page.evaluate(notedPassages)).toEqual([{ text: NOTE_QUOTE, inShadow: true }]);
    await page.reload();
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-note'), undefined, 20_000);
    expect(await page.evaluate(notedPassages)).toEqual([{ text: NOTE_QUOTE, inShadow: true }]);
    await page.screenshot(`${b.name}-odd-dom-note.png`);
    await page.close();
  });

  it('paints names that stand out from a dark page and keep light text', async () => {
    const page = await b.newPage();
    await page.goto(server.url('/fixtures/dark-article.html'));
    await page.waitForFunction(() => (CSS as any).highlights?.has('dossier-person'), undefined, 20_000);
    const name = await page.evaluate(textPoint, { within: 'article', text: 'Zelensky' });
    const plain = await page.evaluate(textPoint, { within: 'article', text: 'urged' });
    const [named, unpainted, background] = [
      await colourAt(page, name.box),
      await colourAt(page, plain.box),
      await colourAt(page, { ...plain.box, y: 4, height: 12 }),
    ];
    expect(distance(named, unpainted)).toBeGreaterThan(15);
    // The fill is a colour, not a light block that would drown the page's light text.
    expect(Math.max(...named)).toBeLessThan(200);
    expect(distance(named, background)).toBeGreaterThan(15);
    await page.screenshot(`${b.name}-dark-page.png`);
    await page.close();
  });
});
