/**
 * What the options page tells the reader after an import: everything the file brought back
 * (notes, watch-list, hidden names, settings, reading history) and what was left out, in
 * one or two sentences; and technical failures on the way (a message the browser could not
 * pass along, a stack overflow) in words a reader can act on.
 */
import type { ImportResult, ParsedImport } from './import';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The sentence shown after a successful import of `fileName`. */
export function importReport(fileName: string, parsed: Extract<ParsedImport, { ok: true }>, r: ImportResult): string {
  const notes = `${count(r.added, 'note')} added, ${r.updated.toLocaleString('en')} updated, ${r.skipped.toLocaleString('en')} already up to date`;
  const more = [
    r.actors ? count(r.actors, 'watch-list entry', 'watch-list entries') : '',
    r.hidden ? count(r.hidden, 'hidden name') : '',
    r.settings ? count(r.settings, 'setting') : '',
    r.pages ? count(r.pages, 'page', 'pages') + ' of reading history' : '',
  ].filter(Boolean);
  const keptSettings = parsed.counts.settings - r.settings;
  const extras = [
    more.length ? `Also brought back: ${more.join(', ')}.` : '',
    keptSettings > 0
      ? `${count(keptSettings, 'setting')} you had already chosen ${keptSettings === 1 ? 'was' : 'were'} kept as ${keptSettings === 1 ? 'it was' : 'they were'}.`
      : '',
    parsed.skipped
      ? `${count(parsed.skipped, 'annotation')} without a page ${parsed.skipped === 1 ? 'was' : 'were'} left out.`
      : '',
    ...parsed.notices,
  ].filter(Boolean);
  return [`${fileName}: ${notes}.`, ...extras].join(' ');
}

/**
 * A failure while handing data to the background, in the reader's words: the browser's own
 * messages ("Could not serialize message", "Maximum call stack size exceeded",
 * DataCloneError) mean the data is nested too deeply or too large to pass along.
 */
export function describeTransferError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const name = err instanceof Error ? err.name : '';
  if (
    name === 'DataCloneError' ||
    name === 'RangeError' ||
    /serializ|clone|call stack|too much recursion|too large/i.test(message)
  ) {
    return 'This file holds data nested too deeply or too large for Dossier to store, so nothing was imported. Import a backup exported by Dossier, or remove the oversized part from the file.';
  }
  return message;
}

/**
 * The reminder to export a backup, or null: shown once `every` notes (0: never) were added
 * since the last JSON backup (`backedUp` notes then; unknown counts as none).
 */
export function backupReminder(noteCount: number, backedUp: number | undefined, every: number): string | null {
  const since = noteCount - (backedUp ?? 0);
  if (every <= 0 || since < every) return null;
  return `You have ${count(since, 'new note')} since your last backup. Notes live only in this browser: export a JSON backup to keep a copy.`;
}
