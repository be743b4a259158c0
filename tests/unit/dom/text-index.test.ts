// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextIndex } from '@/utils/dom/text-index';

function index(html: string, skip?: (el: Element) => boolean) {
  document.body.innerHTML = html;
  return buildTextIndex(document.body, { skip });
}

describe('buildTextIndex', () => {
  it('collapses white space and breaks lines at blocks', () => {
    const idx = index('<h1>  Title\n here </h1><p>One   <b>two</b>\tthree</p><p>four</p>');
    expect(idx.text).toBe('Title here\nOne two three\nfour');
  });

  it('maps text offsets to ranges across inline tags and collapsed space', () => {
    const idx = index('<p>Defense   Secretary <a href="#">Pete</a>\n  Hegseth said</p>');
    const start = idx.text.indexOf('Secretary');
    const end = idx.text.indexOf(' said');
    const range = idx.toRange(start, end)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('Secretary Pete Hegseth');
  });

  it('leaves out scripts, styles, form fields, editable and skipped regions', () => {
    const idx = index(
      '<p>a</p><script>var x</script><style>p{}</style><textarea>t</textarea>' +
        '<div contenteditable="true">edit</div><nav>menu</nav><p>b</p>',
      (el) => el.tagName === 'NAV',
    );
    expect(idx.text).toBe('a\nb');
  });

  it('leaves out code, keeps the text around a left-out block apart', () => {
    const idx = index(
      '<div>Russia<pre>US = 1</pre>Ukraine <code>NATO()</code> said<nav>menu</nav>Iran</div>',
      (el) => el.tagName === 'NAV',
    );
    expect(idx.text).toBe('Russia\nUkraine said\nIran');
  });

  it('indexes a page nested deeper than the call stack allows recursion', () => {
    // A document of its own: the other tests' innerHTML would have to tear this tree down.
    const doc = document.implementation.createHTMLDocument('');
    let el: Element = doc.body;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(doc.createElement('span'));
    el.textContent = 'deep Pentagon';
    expect(buildTextIndex(doc.body).text).toBe('deep Pentagon');
  });

  it('stops reading at maxChars, inside a long text node too, with ranges still right', () => {
    const idx = index(`<p>Russia and NATO met.</p><p>${'word '.repeat(10_000)}</p><p>Never read</p>`);
    const capped = buildTextIndex(document.body, { maxChars: 1_000 });
    expect(capped.text.length).toBeLessThanOrEqual(1_000);
    expect(capped.text.startsWith('Russia and NATO met.\nword word')).toBe(true);
    expect(capped.text).not.toContain('Never');
    expect(capped.toRange(11, 15)!.toString()).toBe('NATO');
    expect(idx.text).toContain('Never read');
  });

  it('maps DOM points back to text offsets', () => {
    const idx = index('<p>Hello <em>big</em>   world</p>');
    const em = document.querySelector('em')!.firstChild!;
    expect(idx.offsetOf(em, 1)).toBe(idx.text.indexOf('ig'));
    const last = document.querySelector('p')!.lastChild!;
    // "   world": the collapsed run keeps its first space.
    expect(idx.offsetOf(last, 3)).toBe(idx.text.indexOf('world'));
    expect(idx.offsetOf(document.querySelector('p')!, 1)).toBe(idx.text.indexOf('big'));
  });

  it('round-trips every word through toRange', () => {
    const idx = index('<div><p> x  <i>yy</i>z </p><ul><li>one</li><li> two  three</li></ul></div>');
    for (const m of idx.text.matchAll(/\S+/g)) {
      const r = idx.toRange(m.index!, m.index! + m[0].length)!;
      expect(r.toString()).toBe(m[0]);
    }
  });

  it('collapses any white space and maps every character back to the DOM (property)', () => {
    const chunk = fc.stringMatching(/^[ab \t\n\u00a0]{0,8}$/);
    const html = fc
      .array(fc.tuple(fc.constantFrom('p', 'span', 'em', 'li', 'div'), chunk, chunk), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([tag, a, b]) => `${a}<${tag}>${b}</${tag}>`).join(''));
    fc.assert(
      fc.property(html, (markup) => {
        const idx = index(markup);
        // (A space may end the whole text: nothing follows it to collapse into.)
        expect(idx.text).not.toMatch(/ {2}| \n|\n |^ |\n\n/);
        for (let i = 0; i < idx.text.length; i++) {
          if (idx.text[i] === '\n') continue;
          const r = idx.toRange(i, i + 1)!;
          expect(r.toString().replace(/[\s\u00a0]/g, ' ')).toBe(idx.text[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns null for empty or out-of-bounds spans', () => {
    const idx = index('<p>abc</p>');
    expect(idx.toRange(1, 1)).toBeNull();
    expect(idx.toRange(0, 99)).toBeNull();
  });

  describe('shadow DOM', () => {
    /** `<p>Before</p><x-story>…light…</x-story><p>After</p>`, the story's shadow tree given. */
    function story(shadowHtml: string, light: string, mode: ShadowRootMode = 'open') {
      document.body.innerHTML = `<p>Before</p><x-story>${light}</x-story><p>After</p>`;
      const host = document.querySelector('x-story')!;
      host.attachShadow({ mode }).innerHTML = shadowHtml;
      return buildTextIndex(document.body);
    }

    it('reads an open shadow tree in place of the light children, slots as assigned', () => {
      const idx = story(
        '<h2><slot name="title">Untitled</slot></h2><p>NATO said <slot></slot> today.</p><p><slot name="none">Fallback text</slot></p>',
        '<span slot="title">Kyiv talks</span>Russia and Ukraine<span slot="unused">never shown</span>',
      );
      expect(idx.text).toBe('Before\nKyiv talks\nNATO said Russia and Ukraine today.\nFallback text\nAfter');
      expect(idx.shadowRoots).toHaveLength(1);
    });

    it('leaves a closed shadow tree alone and reads the host as it is in the light', () => {
      const idx = story('<p>Secret NATO text</p><slot></slot>', 'light text', 'closed');
      expect(idx.text).toBe('Before\nlight text\nAfter');
      expect(idx.shadowRoots).toEqual([]);
    });

    it('maps spans inside a shadow tree and slotted text to ranges, and refuses spans across trees', () => {
      const idx = story('<p>NATO said <slot></slot> today.</p>', 'Russia and Ukraine');
      const span = (s: string) => idx.toRange(idx.text.indexOf(s), idx.text.indexOf(s) + s.length);
      expect(span('NATO')!.toString()).toBe('NATO');
      expect(span('NATO')!.startContainer.getRootNode()).toBe(idx.shadowRoots[0]);
      expect(span('Russia and Ukraine')!.toString()).toBe('Russia and Ukraine');
      expect(span('said Russia')).toBeNull();
    });

    it('maps a point in the light tree after a shadow host past the shadow text', () => {
      const idx = story('<p>NATO said</p>', '');
      expect(idx.offsetOf(document.body, 2)).toBe(idx.text.indexOf('After'));
      expect(idx.offsetOf(document.body, 0)).toBe(0);
    });
  });
});
