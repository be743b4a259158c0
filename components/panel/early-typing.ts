/**
 * Keys typed into the note editor's frame before its text box exists: the frame takes the
 * focus as soon as it opens, and the draft (with the box) arrives a moment later. They are
 * kept so the box starts with them and a quick reader loses no letter. Printable keys and
 * Enter count, Backspace takes back the last one; chords (Ctrl, Alt, Meta) and keys typed in
 * any field are left alone. `take()` hands over what was kept and stops keeping.
 */
export function keepEarlyTyping(doc: Document): { take(): string } {
  let typed = '';
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as Element | null;
    if (e.ctrlKey || e.metaKey || e.altKey || target?.closest?.('input, textarea, select, [contenteditable]')) return;
    if (e.key.length === 1) typed += e.key;
    else if (e.key === 'Enter') typed += '\n';
    else if (e.key === 'Backspace') typed = typed.slice(0, -1);
  };
  doc.addEventListener('keydown', onKey, true);
  return {
    take() {
      doc.removeEventListener('keydown', onKey, true);
      const kept = typed;
      typed = '';
      return kept;
    },
  };
}
