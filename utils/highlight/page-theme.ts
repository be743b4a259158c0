/**
 * Whether a page shows light text on a dark background, so highlights can pick the
 * palette that stays readable there. Reads the first opaque background among body and
 * html; a fully transparent page is as the browser paints it (white unless the page
 * opts into a dark `color-scheme`).
 */
export function pageLooksDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseColor(win.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.35;
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  return scheme.includes('dark') && !scheme.includes('light') && win.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** `rgb(…)`/`rgba(…)` in either comma or space syntax → [r, g, b, alpha]. */
export function parseColor(css: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
