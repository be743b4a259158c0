// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createShadowStyles, shadowRootsOf } from '@/utils/highlight/shadow-styles';

const CSS_TEXT = '::highlight(dossier-person) { background-color: orange; }';

function shadowHost(html: string): ShadowRoot {
  document.body.innerHTML = '<x-story></x-story>';
  const root = document.querySelector('x-story')!.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

describe('shadow styles', () => {
  it('adopts the highlight styles into a shadow root once, and takes them away leaving the page’s own sheets', () => {
    const root = shadowHost('<p>NATO</p>');
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    const styles = createShadowStyles(document);
    styles.add([root], CSS_TEXT);
    styles.add([root], CSS_TEXT);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    styles.removeAll();
    expect(root.adoptedStyleSheets).toEqual([own]);
    expect(root.innerHTML).toBe('<p>NATO</p>');
  });

  it('falls back to a style element where adopting is refused, and removes it again', () => {
    const root = shadowHost('<p>NATO</p>');
    Object.defineProperty(root, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new TypeError('refused');
      },
    });
    const styles = createShadowStyles(document);
    styles.add([root], CSS_TEXT);
    expect(root.querySelector('style[data-dossier]')?.textContent).toBe(CSS_TEXT);
    styles.removeAll();
    expect(root.innerHTML).toBe('<p>NATO</p>');
  });
});

describe('shadowRootsOf', () => {
  it('names each shadow root holding a range once, and none for the document', () => {
    const root = shadowHost('<p>NATO and Russia</p>');
    const text = root.querySelector('p')!.firstChild!;
    const range = (node: Node, start: number, end: number) => {
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, end);
      return r;
    };
    document.body.insertAdjacentHTML('afterbegin', '<p>Kremlin</p>');
    const light = document.body.querySelector('p')!.firstChild!;
    expect(shadowRootsOf([range(text, 0, 4), range(text, 9, 15), range(light, 0, 7)])).toEqual([root]);
    expect(shadowRootsOf([range(light, 0, 7)])).toEqual([]);
  });
});
