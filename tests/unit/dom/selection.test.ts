// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { notableSelection } from '@/utils/dom/selection';

const select = (node: Node) => {
  const range = document.createRange();
  range.selectNodeContents(node);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
};

describe('notableSelection', () => {
  it('is the selected passage of the page', () => {
    document.body.innerHTML = '<p id="p">The order to halt operations.</p>';
    select(document.getElementById('p')!);
    expect(notableSelection(document, [], () => false)?.toString()).toBe('The order to halt operations.');
  });

  it('is null for nothing selected, blank text, a field, an editable region or Dossier’s own UI', () => {
    document.body.innerHTML =
      '<p id="blank">   </p><div contenteditable="true"><p id="typed">My draft</p></div><p id="own">Ours</p>';
    document.getSelection()!.removeAllRanges();
    expect(notableSelection(document, [], () => false)).toBeNull();
    select(document.getElementById('blank')!);
    expect(notableSelection(document, [], () => false)).toBeNull();
    select(document.getElementById('typed')!);
    expect(notableSelection(document, [], () => false)).toBeNull();
    const own = document.getElementById('own')!;
    select(own);
    expect(notableSelection(document, [], (node) => node === own)).toBeNull();
  });
});
