/**
 * Reading a file the reader chose: a Dossier backup (any version up to this one) or W3C
 * Web Annotations (a collection, a page, an array, or one annotation, as Hypothesis-style
 * tools write them). Everything is validated before anything is written; a file that is
 * not right gets one sentence saying what is wrong, and nothing is written.
 */
import * as v from 'valibot';
import type { DossierDB } from '@/utils/db/database';
import type { Note, Selector } from '@/utils/db/schema';
import { normalizeUrl, siteOf } from '@/utils/url/normalize';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupV1Schema, ImportDataSchema, type ImportData } from './schema';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How many records of each kind a valid file holds. */
export type ImportCounts = Record<keyof ImportData, number>;

export type ParsedImport =
  | { ok: true; data: ImportData; counts: ImportCounts; source: 'backup' | 'w3c'; skipped: number }
  | { ok: false; error: string };

const fail = (error: string): ParsedImport => ({ ok: false, error });

function success(data: ImportData, source: 'backup' | 'w3c', skipped: number): ParsedImport {
  const counts = { notes: data.notes.length, pages: data.pages.length, actors: data.actors.length, hidden: data.hidden.length, settings: data.settings.length };
  return { ok: true, data, counts, source, skipped };
}

/**
 * The message for a file too large to be a Dossier backup, or null. Takes a size in bytes
 * (a File's `size`) or characters, so a caller can refuse before reading the file at all.
 */
export function checkImportSize(size: number): string | null {
  return size > MAX_IMPORT_BYTES ? 'This file is larger than 50 MB; Dossier backups are far smaller, so it is probably not one.' : null;
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  return `${path ? `${path.replace(/\.(\d+)/g, '[$1]')}: ` : ''}${issue?.message ?? 'invalid'}`;
}

function parseBackup(json: Record<string, unknown>): ParsedImport {
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`This Dossier backup has no valid version (found ${JSON.stringify(version)}).`);
  }
  if (version > BACKUP_VERSION) {
    return fail(`Backup version ${version} is newer than this Dossier (${BACKUP_VERSION}): update Dossier to import it.`);
  }
  const parsed = v.safeParse(BackupV1Schema, json);
  if (!parsed.success) return fail(`This Dossier backup is damaged at ${firstIssue(parsed.issues)}.`);
  const { format: _f, version: _v, exported: _e, ...data } = parsed.output;
  return success(data, 'backup', 0);
}

type Loose = Record<string, unknown>;
const isObj = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);

function annotationsOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!isObj(json)) return null;
  if (json.type === 'Annotation') return [json];
  if (json.type === 'AnnotationPage' && Array.isArray(json.items)) return json.items;
  if (json.type === 'AnnotationCollection') {
    const first = json.first;
    if (isObj(first) && Array.isArray(first.items)) return first.items;
    if (Array.isArray(json.items)) return json.items;
    return [];
  }
  if (Array.isArray(json.rows)) return json.rows;
  return null;
}

function selectorsOf(raw: unknown): Selector[] {
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const out: Selector[] = [];
  for (const s of list) {
    if (!isObj(s)) continue;
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      out.push({ type: 'TextQuoteSelector', exact: s.exact, prefix: typeof s.prefix === 'string' ? s.prefix : '', suffix: typeof s.suffix === 'string' ? s.suffix : '' });
    } else if (s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end)) {
      out.push({ type: 'TextPositionSelector', start: s.start as number, end: s.end as number });
    }
    // Other selector types (XPath, CSS, RangeSelector…) say nothing Dossier can use.
  }
  return out;
}

const time = (x: unknown, fallback: number) => {
  const t = typeof x === 'string' || typeof x === 'number' ? new Date(x).getTime() : NaN;
  return Number.isFinite(t) ? t : fallback;
};
const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** One W3C annotation as a note, or null when it names no page. */
function annotationToNote(a: unknown, now: number): Note | null {
  if (!isObj(a)) return null;
  const rawTarget = Array.isArray(a.target) ? a.target[0] : a.target;
  const source = typeof rawTarget === 'string' ? rawTarget : isObj(rawTarget) && typeof rawTarget.source === 'string' ? rawTarget.source : null;
  if (!source) return null;
  const selectors = isObj(rawTarget) ? selectorsOf(rawTarget.selector) : [];
  const bodies = (Array.isArray(a.body) ? a.body : a.body ? [a.body] : []).filter(isObj);
  const text = [
    ...bodies.filter((b) => b.purpose !== 'tagging' && typeof b.value === 'string').map((b) => b.value as string),
    ...(typeof a.text === 'string' ? [a.text] : []),
  ].join('\n\n');
  const tags = [...bodies.filter((b) => b.purpose === 'tagging' && typeof b.value === 'string').map((b) => b.value as string), ...strings(a.tags)];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as { exact: string } | undefined;
  const created = time(a.created, now);
  const rawId = typeof a.id === 'string' ? a.id.replace(/^urn:uuid:/, '') : '';
  const url = normalizeUrl(source);
  const kind = a['dossier:kind'] === 'actor' || a['dossier:kind'] === 'page' ? a['dossier:kind'] : quote ? 'passage' : 'page';
  return {
    id: rawId && rawId.length <= 200 ? rawId : crypto.randomUUID(),
    kind,
    body: text,
    tags: [...new Set(tags)],
    ...(quote ? { quote: quote.exact } : {}),
    ...(selectors.length ? { selectors } : {}),
    actorIds: strings(a['dossier:actors']),
    topicIds: strings(a['dossier:topics']),
    url,
    title: typeof a['dossier:title'] === 'string' ? (a['dossier:title'] as string) : url,
    site: siteOf(url),
    created,
    updated: time(a.modified, created),
  };
}

/**
 * Parses and validates an import file's text; never throws. Annotations get `now` as
 * their time when they carry none; annotations naming no page are counted in `skipped`.
 */
export function parseImport(text: string, now: number = Date.now()): ParsedImport {
  const tooLarge = checkImportSize(text.length);
  if (tooLarge) return fail(tooLarge);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail(`File is not valid JSON (truncated?): ${err instanceof Error ? err.message : String(err)}`);
  }
  if (isObj(json) && 'format' in json) {
    if (json.format !== BACKUP_FORMAT) return fail(`Not a Dossier backup: its format is ${JSON.stringify(json.format)}.`);
    return parseBackup(json);
  }
  const annotations = annotationsOf(json);
  if (!annotations) return fail("Not a Dossier backup or W3C annotation file: missing 'format' (backup) or 'type' (annotations).");
  const notes: Note[] = [];
  let skipped = 0;
  for (const a of annotations) {
    const note = annotationToNote(a, now);
    if (note) notes.push(note);
    else skipped++;
  }
  if (!notes.length) return fail(`No annotation in this file names a page (${skipped} skipped): nothing to import.`);
  // The same limits as a backup (and as the background's check of `import.apply`), so an
  // oversized annotation is reported here rather than refused after the reader confirmed.
  const checked = v.safeParse(ImportDataSchema, { notes, pages: [], actors: [], hidden: [], settings: [] });
  if (!checked.success) return fail(`This annotation file cannot be imported: ${firstIssue(checked.issues)}.`);
  return success(checked.output, 'w3c', skipped);
}

export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Merges imported data by id in one transaction (a failure writes nothing): a note is
 * added when new, replaced when the file's copy was updated later, skipped otherwise.
 * Watch-list entries and hidden names are added; settings only fill what is unset.
 */
export async function applyImport(db: DossierDB, data: ImportData): Promise<ImportResult> {
  return db.transaction('rw', [db.notes, db.pages, db.actors, db.hidden, db.settings], async () => {
    const existing = await db.notes.bulkGet(data.notes.map((n) => n.id));
    const write: Note[] = [];
    const result = { added: 0, updated: 0, skipped: 0 };
    data.notes.forEach((note, i) => {
      const old = existing[i];
      if (!old) result.added++;
      else if (note.updated > old.updated) result.updated++;
      else return void result.skipped++;
      write.push(note as Note);
    });
    await db.notes.bulkPut(write);
    const pages = await db.pages.bulkGet(data.pages.map((p) => p.url));
    await db.pages.bulkPut(data.pages.filter((p, i) => !pages[i] || pages[i]!.lastSeen < p.lastSeen));
    await db.actors.bulkPut(data.actors);
    await db.hidden.bulkPut(data.hidden);
    const settings = await db.settings.bulkGet(data.settings.map((s) => s.key));
    await db.settings.bulkPut(data.settings.filter((_, i) => !settings[i]));
    return result;
  });
}
