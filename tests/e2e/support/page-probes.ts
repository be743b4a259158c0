/**
 * Functions evaluated inside the page under test (serialised by the driver): they read
 * what a page script can see — the highlight registry and the DOM — never Dossier's
 * internals.
 */

/** Every painted range per highlight name, as its text and whether it lies inside `within`. */
export function readHighlights(within: string): Record<string, { text: string; inside: boolean }[]> {
  const out: Record<string, { text: string; inside: boolean }[]> = {};
  const scope = document.querySelector(within);
  const reg = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!reg) return out;
  for (const [name, hl] of reg) {
    out[name] = [...hl].map((r) => {
      const range = r as Range;
      return {
        text: range.toString().replace(/\s+/g, ' '),
        inside: !!scope && scope.contains(range.commonAncestorContainer),
      };
    });
  }
  return out;
}

/** The page's DOM as markup, without Dossier's own UI host (a `div` right under `<html>`, where the test pages put none). */
export function pageMarkup(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelectorAll(':scope > div').forEach((el) => el.remove());
  return clone.outerHTML;
}

/**
 * The centre of the first line box of the `nth` occurrence of `text` as a whole word inside
 * `within` (inside its open shadow tree with `shadow`), with the box itself.
 */
export function textPoint({
  within,
  text,
  nth = 0,
  shadow = false,
}: {
  within: string;
  text: string;
  nth?: number;
  shadow?: boolean;
}): {
  x: number;
  y: number;
  box: { x: number; y: number; width: number; height: number };
} {
  const host = document.querySelector(within)!;
  const root = shadow ? host.shadowRoot! : host;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const word = new RegExp(`(^|[^\\p{L}])(${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\p{L}])`, 'gu');
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const m of (n as Text).data.matchAll(word)) {
      if (seen++ < nth) continue;
      const start = m.index! + m[1].length;
      const range = document.createRange();
      range.setStart(n, start);
      range.setEnd(n, start + text.length);
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, box: { x: r.left, y: r.top, width: r.width, height: r.height } };
    }
  }
  throw new Error(`"${text}" #${nth} not found in ${within}`);
}

/**
 * The mean colour of a PNG (a screenshot of a few words), decoded by the browser itself:
 * what the reader sees there, as [r, g, b] in 0…255.
 */
export async function meanColour(pngBase64: string): Promise<[number, number, number]> {
  const img = new Image();
  img.src = `data:image/png;base64,${pngBase64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const g = canvas.getContext('2d')!;
  g.drawImage(img, 0, 0);
  const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += data[i + c]!;
  const n = data.length / 4;
  return [sum[0]! / n, sum[1]! / n, sum[2]! / n];
}

/**
 * A point inside the in-page "Note" button for a selection ending at `box` (see
 * in-page-ui.ts): beside the selection's right edge, its bottom on the selection's bottom.
 * Assumes room to the right, as the test pages leave. Not run in the page.
 */
export const noteButtonPoint = (box: { right: number; bottom: number }) => ({
  x: box.right + 6 + 12,
  y: box.bottom - 8,
});

/**
 * The first and last word boxes of the first occurrence of `text` inside `within`, for
 * `dragSelect`: a selection the reader makes with the mouse (trusted events), which is
 * the only kind Dossier's Note button answers.
 */
export function quoteEnds({ within, text }: { within: string; text: string }): {
  from: { y: number; box: { x: number; width: number } };
  to: { y: number; box: { x: number; width: number } };
} {
  const walker = document.createTreeWalker(document.querySelector(within)!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const box = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(n, start);
      range.setEnd(n, end);
      const r = range.getClientRects()[0]!;
      return { y: r.top + r.height / 2, box: { x: r.left, width: r.width } };
    };
    const firstEnd = text.indexOf(' ') < 0 ? text.length : text.indexOf(' ');
    const lastStart = text.lastIndexOf(' ') + 1;
    return { from: box(i, i + firstEnd), to: box(i + lastStart, i + text.length) };
  }
  throw new Error(`text not found: ${text}`);
}
