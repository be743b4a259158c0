import { useEffect, useRef, useState } from 'preact/hooks';
import { useFocusLater } from '@/components/hooks/use-focus-later';
import { useLiveQuery } from '@/components/use-live-query';
import type { DossierDB } from '@/utils/db/database';
import { errorMessage } from '@/utils/db/errors';
import { actorNames, notesByUpdate, pageCount as countPages } from '@/utils/db/queries';
import { getAllSettings } from '@/utils/db/settings';
import { exportBackup } from '@/utils/export/backup';
import { checkImportSize, parseImport } from '@/utils/export/import';
import { exportMarkdown } from '@/utils/export/markdown';
import { backupReminder, describeTransferError, importReport } from '@/utils/export/report';
import { exportW3C } from '@/utils/export/w3c';
import { request } from '@/utils/messaging/channel';
import { SETTINGS } from '@/utils/model/settings';
import { download } from './download';

type Status = { kind: 'info' | 'error'; text: string; where: 'export' | 'import' | 'history' | 'delete' } | null;

const stamp = () => new Date().toISOString().slice(0, 10);
/** How long "Undo" stays offered after Delete all. */
const UNDO_MS = 30_000;
const HISTORY_CHOICES = [0, 7, 30, 90, 365];
const REMINDER_CHOICES = [0, 10, 50, 100];

/**
 * Export in three formats, import with validation, the reading history (what is kept, for
 * how long, clear it), storage protection, a backup reminder, and delete everything
 * (confirmed, with "Export, then delete" and an undo window that re-imports a snapshot).
 */
export function DataSection({ db, noteCount }: { db: DossierDB; noteCount: number }) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  // The focus follows the question: to the safe answer when it is asked, back to the
  // button when it is withdrawn, to the outcome once everything is deleted.
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const focusLater = useFocusLater();
  const [busy, setBusy] = useState(false);
  const [undo, setUndo] = useState<string | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();
  const settings = useLiveQuery(() => getAllSettings(db), []);
  const pageCount = useLiveQuery(() => countPages(db), []);
  const historyDays = settings.status === 'ready' ? settings.value.historyDays.value : SETTINGS.historyDays.fallback;
  const backupEvery = settings.status === 'ready' ? settings.value.backupEvery.value : SETTINGS.backupEvery.fallback;
  const reminder =
    settings.status === 'ready' ? backupReminder(noteCount, settings.value.backupNoteCount.value, backupEvery) : null;

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(false));
    return () => clearTimeout(undoTimer.current);
  }, []);

  const run = async (where: NonNullable<Status>['where'], work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ kind: 'info', text: await work(), where });
    } catch (err) {
      setStatus({ kind: 'error', text: errorMessage(err), where });
    } finally {
      setBusy(false);
    }
  };

  const notes = () => notesByUpdate(db);
  const backup = async () => {
    download(`dossier-backup-${stamp()}.json`, await exportBackup(db), 'application/json');
    await request({ type: 'setting.set', key: 'backupNoteCount', value: noteCount });
  };

  const exports = [
    { label: 'JSON backup', hint: 'everything, to import later', go: backup },
    {
      label: 'Markdown by page',
      hint: 'for reading',
      go: async () =>
        download(`dossier-notes-${stamp()}.md`, exportMarkdown(await notes(), 'page', await actorNames(db)), 'text/markdown'),
    },
    {
      label: 'Markdown by actor',
      hint: 'for reading',
      go: async () =>
        download(
          `dossier-notes-by-actor-${stamp()}.md`,
          exportMarkdown(await notes(), 'actor', await actorNames(db)),
          'text/markdown',
        ),
    },
    {
      label: 'W3C Web Annotations',
      hint: 'for annotation tools',
      go: async () =>
        download(
          `dossier-annotations-${stamp()}.jsonld`,
          JSON.stringify(exportW3C(await notes()), null, 1),
          'application/ld+json',
        ),
    },
  ];

  const onFile = (file: File | undefined) => {
    if (!file) return;
    void run('import', async () => {
      // Refused before reading: a huge file would otherwise be loaded whole into memory.
      const tooLarge = checkImportSize(file.size);
      if (tooLarge) throw new Error(`${file.name}: ${tooLarge} Nothing was imported.`);
      const parsed = parseImport(await file.text());
      if (!parsed.ok) throw new Error(`${file.name}: ${parsed.error} Nothing was imported.`);
      const r = await request({ type: 'import.apply', data: parsed.data }).catch((err: unknown) => {
        throw new Error(`${file.name}: ${describeTransferError(err)}`);
      });
      return importReport(file.name, parsed, r);
    });
  };

  const deleteAll = (exportFirst: boolean) =>
    void run('delete', async () => {
      setConfirming(false);
      // The snapshot is what Undo puts back; "Export, then delete" also saves it as a file.
      const snapshot = await exportBackup(db);
      if (exportFirst) download(`dossier-backup-${stamp()}.json`, snapshot, 'application/json');
      const n = await request({ type: 'data.deleteAll' });
      focusLater(() => outcome.current);
      setUndo(snapshot);
      clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
      return `Deleted ${n} notes, your watch-list, hidden names, reading history and settings${exportFirst ? ' (a backup was downloaded first)' : ''}. Undo is offered for 30 seconds.`;
    });

  const undoDelete = () =>
    void run('delete', async () => {
      const parsed = parseImport(undo ?? '');
      setUndo(null);
      clearTimeout(undoTimer.current);
      if (!parsed.ok) throw new Error(parsed.error);
      const r = await request({ type: 'import.apply', data: parsed.data });
      return `Restored ${r.added} notes and everything else.`;
    });

  const shown = (where: NonNullable<Status>['where']) =>
    status?.where === where && (
      <p
        role={status.kind === 'error' ? 'alert' : 'status'}
        class={status.kind === 'error' ? 'error' : 'ok'}
        tabIndex={-1}
        ref={where === 'delete' ? outcome : undefined}
      >
        {status.text}
      </p>
    );

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p class="muted">
        Notes stay in this browser and nowhere else. Uninstalling Dossier deletes them with it: export a backup first. Export them
        to keep a copy or move them elsewhere.
      </p>
      <p class="muted" data-testid="persistence">
        {persisted === null
          ? 'Checking whether the browser protects Dossier’s storage…'
          : persisted
            ? 'The browser will not clear Dossier’s storage to free disk space.'
            : 'The browser may clear Dossier’s storage when the disk is nearly full.'}{' '}
        {persisted === false && (
          <button type="button" onClick={() => void navigator.storage.persist().then(setPersisted, () => setPersisted(false))}>
            Ask the browser to keep my notes
          </button>
        )}
      </p>
      {reminder && (
        <p role="status" class="ok">
          {reminder}
        </p>
      )}
      <div class="row">
        {exports.map((e) => (
          <button
            key={e.label}
            type="button"
            disabled={busy}
            onClick={() => void run('export', async () => (await e.go(), `Exported: ${e.label}.`))}
            title={e.hint}
          >
            Export {e.label}
          </button>
        ))}
      </div>
      <p>
        <label>
          Remind me to back up after{' '}
          <select
            value={String(backupEvery)}
            onChange={(e) =>
              void request({
                type: 'setting.set',
                key: 'backupEvery',
                value: Number((e.currentTarget as HTMLSelectElement).value),
              })
            }
          >
            {REMINDER_CHOICES.map((n) => (
              <option key={n} value={String(n)}>
                {n === 0 ? 'never' : `${n} new notes`}
              </option>
            ))}
          </select>
        </label>
      </p>
      {shown('export')}
      <p>
        <label>
          Import a Dossier backup or W3C annotations (.json, .jsonld){' '}
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            disabled={busy}
            onChange={(e) => onFile((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </label>
      </p>
      {shown('import')}
      <h3>Reading history</h3>
      <p class="muted">
        For each article Dossier highlights, it keeps the address, title, when you first and last read it, and the actors it found
        there ({pageCount.status === 'ready' ? pageCount.value : '…'} pages now). This names the actors of your notes and groups
        the Markdown export by actor. It stays in this browser and goes into JSON backups.
      </p>
      <div class="row">
        <label>
          Keep reading history for{' '}
          <select
            value={String(historyDays)}
            onChange={(e) =>
              void request({
                type: 'setting.set',
                key: 'historyDays',
                value: Number((e.currentTarget as HTMLSelectElement).value),
              })
            }
          >
            {HISTORY_CHOICES.map((d) => (
              <option key={d} value={String(d)}>
                {d === 0 ? 'none: do not keep it' : `${d} days`}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(
              'history',
              async () => `Cleared ${await request({ type: 'history.clear' })} pages of reading history; your notes are kept.`,
            )
          }
        >
          Clear reading history
        </button>
      </div>
      {shown('history')}
      <div class="row">
        {!confirming ? (
          <button
            type="button"
            class="danger"
            ref={ask}
            disabled={busy || noteCount === 0}
            onClick={() => (setConfirming(true), focusLater(() => keep.current))}
          >
            Delete all data…
          </button>
        ) : (
          <>
            <span role="alert">Delete all {noteCount} notes, your watch-list, hidden names, reading history and settings?</span>
            <button type="button" onClick={() => deleteAll(true)}>
              Export, then delete
            </button>
            <button type="button" class="danger" onClick={() => deleteAll(false)}>
              Delete everything
            </button>
            <button type="button" ref={keep} onClick={() => (setConfirming(false), focusLater(() => ask.current))}>
              Keep my data
            </button>
          </>
        )}
        {undo && (
          <button type="button" onClick={undoDelete}>
            Undo delete
          </button>
        )}
      </div>
      {shown('delete')}
    </section>
  );
}
