/**
 * A hostile page's script, run before anything else on the page (init script): it tries
 * each attack of issue #11 and keeps what it gets in `window.__loot`, for the test to
 * read at the end. It defines the old host tag as its own custom element (to be handed a
 * closed shadow root through `attachInternals`), wraps `attachShadow`, logs every key and
 * input event in the capture phase, listens to `postMessage`, and offers functions the
 * test calls later: synthetic pointer and click events over the page, a forged WXT
 * invalidation, and a probe for Dossier's `mark` fallback styles.
 */
export const HOSTILE_SCRIPT = `(() => {
  const loot = (window.__loot = { keys: [], messages: [], shadows: [], constructed: 0 });
  try {
    customElements.define('dossier-ui', class extends HTMLElement {
      constructor() {
        super();
        loot.constructed++;
        const internals = this.attachInternals();
        setTimeout(() => internals.shadowRoot && loot.shadows.push(internals.shadowRoot.textContent || 'root'), 0);
      }
    });
  } catch (e) {}
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    loot.shadows.push('attached:' + this.tagName);
    return root;
  };
  for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'compositionend']) {
    window.addEventListener(type, (e) => loot.keys.push(e.key ?? e.data ?? ''), true);
  }
  window.addEventListener('message', (e) => loot.messages.push(JSON.stringify(e.data)));
  window.__attack = {
    /** Synthetic pointer moves over every word of the article, and synthetic clicks on whatever is on top there. */
    pointAndClick() {
      const words = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
      for (let n = words.nextNode(); n; n = words.nextNode()) {
        const r = document.createRange();
        r.selectNodeContents(n);
        for (const rect of r.getClientRects()) {
          const x = rect.left + 4, y = rect.top + rect.height / 2;
          document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
          const top = document.elementFromPoint(x, y + 30);
          top?.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y + 30, bubbles: true, composed: true }));
        }
      }
    },
    /** Selects a passage by script and fakes the gestures that show the Note button and press it. */
    fakeNote(text) {
      const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        const r = range.getBoundingClientRect();
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        document.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
        return { x: Math.max(4, r.right - 60) + 20, y: r.bottom + 18 };
      }
    },
    clickAt(x, y) {
      const top = document.elementFromPoint(x, y);
      top?.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, bubbles: true, composed: true }));
      top?.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, composed: true }));
      top?.click?.();
      return top?.tagName ?? null;
    },
    /** WXT's "newer copy started" event, for an extension whose id the page knows. */
    forgeInvalidation(id) {
      for (const name of ['content', 'reader']) {
        document.dispatchEvent(new CustomEvent(id + ':content:wxt:content-script-started', { detail: { contentScriptName: name, messageId: 'forged' } }));
      }
    },
    /** Whether a mark of the page's own, dressed as Dossier's fallback, gets Dossier's colours. */
    markStyled() {
      const plain = document.createElement('mark');
      const dressed = document.createElement('mark');
      dressed.setAttribute('data-dossier', 'person');
      document.body.append(plain, dressed);
      const differ = getComputedStyle(plain).backgroundColor !== getComputedStyle(dressed).backgroundColor;
      plain.remove();
      dressed.remove();
      return differ;
    },
    /** Everything the page can list in the highlight registry. */
    highlights() {
      return [...(CSS.highlights ?? new Map())].map(([name, set]) => [name, [...set].map((r) => r.toString())]);
    },
  };
})();`;

/** What the page kept, plus its own view of itself, as one string to search. */
export const pageHaul = () => {
  const w = window as unknown as { __loot: unknown; __attack: { highlights(): unknown } };
  return JSON.stringify({ loot: w.__loot, text: document.documentElement.outerHTML, highlights: w.__attack.highlights() });
};
