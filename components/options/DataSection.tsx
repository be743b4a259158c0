import { useEffect, useRef, useState } from 'preact/hooks';
import type { DossierDB } from '@/utils/db/database';
import { exportBackup } from '@/utils/export/backup';
import { checkImportSize, parseImport } from '@/utils/export/import';
import { exportMarkdown } from '@/utils/export/markdown';
import { describeTransferError, importReport } from '@/utils/export/report';
import { exportW3C } from '@/utils/export/w3c';
import { request } from '@/utils/messaging/channel';
import { download } from './download';

type Status = { kind: 'info' | 'error'; text: string } | null;

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export in three formats, import with validation, and delete everything (confirmed). */
export function DataSection({ db, noteCount }: { db: DossierDB; noteCount: number }) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  // The focus follows the question: to the safe answer when it is asked, back to the
  // button when it is withdrawn, to the outcome once everything is deleted.
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const [focusAfter, setFocusAfter] = useState<'keep' | 'ask' | 'outcome' | null>(null);
  useEffect(() => {
    const target = focusAfter && { keep, ask, outcome }[focusAfter].current;
    if (target) {
      target.focus();
      setFocusAfter(null);
    }
  });
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ kind: 'info', text: await work() });
    } catch (err) {
      setStatus({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  const notes = () => db.notes.orderBy('updated').reverse().toArray();
  const actorNames = async () => new Map((await db.pages.toArray()).flatMap((p) => p.actors.map((a): [string, string] => [a.id, a.name])));

  const exports = [
    { label: 'JSON backup', hint: 'everything, to import later', go: async () => download(`dossier-backup-${stamp()}.json`, await exportBackup(db), 'application/json') },
    { label: 'Markdown by page', hint: 'for reading', go: async () => download(`dossier-notes-${stamp()}.md`, exportMarkdown(await notes(), 'page', await actorNames()), 'text/markdown') },
    { label: 'Markdown by actor', hint: 'for reading', go: async () => download(`dossier-notes-by-actor-${stamp()}.md`, exportMarkdown(await notes(), 'actor', await actorNames()), 'text/markdown') },
    { label: 'W3C Web Annotations', hint: 'for annotation tools', go: async () => download(`dossier-annotations-${stamp()}.jsonld`, JSON.stringify(exportW3C(await notes()), null, 1), 'application/ld+json') },
  ];

  const onFile = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
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

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p class="muted">Notes stay in this browser. Export them to keep a copy or move them elsewhere.</p>
      <div class="row">
        {exports.map((e) => (
          <button key={e.label} type="button" disabled={busy} onClick={() => void run(async () => (await e.go(), `Exported: ${e.label}.`))} title={e.hint}>
            Export {e.label}
          </button>
        ))}
      </div>
      <p>
        <label>
          Import a Dossier backup or W3C annotations (.json, .jsonld){' '}
          <input type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={busy} onChange={(e) => onFile((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
      </p>
      <div class="row">
        {!confirming ? (
          <button type="button" class="danger" ref={ask} disabled={busy || noteCount === 0} onClick={() => (setConfirming(true), setFocusAfter('keep'))}>
            Delete all data…
          </button>
        ) : (
          <>
            <span role="alert">Delete all {noteCount} notes, your watch-list, hidden names and settings? This cannot be undone.</span>
            <button
              type="button"
              class="danger"
              onClick={() =>
                void run(async () => {
                  setConfirming(false);
                  const n = await request({ type: 'data.deleteAll' });
                  setFocusAfter('outcome');
                  return `Deleted ${n} notes and all settings.`;
                })
              }
            >
              Delete everything
            </button>
            <button type="button" ref={keep} onClick={() => (setConfirming(false), setFocusAfter('ask'))}>
              Keep my data
            </button>
          </>
        )}
      </div>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind === 'error' ? 'error' : 'ok'} tabIndex={-1} ref={outcome}>
          {status.text}
        </p>
      )}
    </section>
  );
}
