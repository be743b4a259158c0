/**
 * Reading a file the reader chose: a Dossier backup (any version up to this one) or W3C
 * Web Annotations (a collection, a page, an array, or one annotation, as Hypothesis-style
 * tools write them). Everything is validated before anything is written; a file that is
 * not right gets one sentence in the reader's words (what the file is, what to do), and
 * nothing is written.
 *
 * Boundary cases: duplicate ids in one file count once (the copy updated last wins);
 * settings Dossier does not know, or whose value `setting.set` would refuse, are left out
 * and reported; annotations whose target is not an http(s) page are left out (a `data:` or
 * `javascript:` target must never become an "Open" link); a file nested too deeply to read
 * gets a sentence, not a stack overflow.
 */
import * as v from 'valibot';
import type { DossierDB } from '@/utils/db/database';
import type { Note, Selector } from '@/utils/model/note';
import { validSetting } from '@/utils/model/settings';
import { normalizeUrl, siteOf } from '@/utils/url/normalize';
import { normalizeForeignSelectors } from '@/utils/anchor/foreign';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupV1Schema, ImportDataSchema, type ImportData } from './schema';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How many records of each kind a valid file holds. */
export type ImportCounts = Record<keyof ImportData, number>;

export type ParsedImport =
  | {
      ok: true;
      data: ImportData;
      counts: ImportCounts;
      source: 'backup' | 'w3c';
      /** Annotations left out because they name no web page. */
      skipped: number;
      /** Sentences about what was left out of the file, for the reader. */
      notices: string[];
    }
  | { ok: false; error: string };

const fail = (error: string): ParsedImport => ({ ok: false, error });

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** One record per key, the last one in the file winning (or the later `updated` for notes). */
function uniqueBy<T>(items: readonly T[], key: (x: T) => string, newer: (a: T, b: T) => boolean = () => true): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const old = byKey.get(k);
    if (!old || newer(item, old)) byKey.set(k, item);
  }
  return [...byKey.values()];
}

/** The data with duplicate keys collapsed: what would be written, counted once. */
export function dedupeImport(data: ImportData): ImportData {
  return {
    notes: uniqueBy(
      data.notes,
      (n) => n.id,
      (a, b) => a.updated >= b.updated,
    ),
    pages: uniqueBy(
      data.pages,
      (p) => p.url,
      (a, b) => a.lastSeen >= b.lastSeen,
    ),
    actors: uniqueBy(data.actors, (a) => a.id),
    hidden: uniqueBy(data.hidden, (h) => h.name),
    settings: uniqueBy(data.settings, (s) => s.key),
  };
}

function success(raw: ImportData, source: 'backup' | 'w3c', skipped: number, notices: string[] = []): ParsedImport {
  const data = dedupeImport(raw);
  const repeated = raw.notes.length - data.notes.length;
  if (repeated)
    notices.push(`${plural(repeated, 'note')} appeared twice in the file and ${repeated === 1 ? 'was' : 'were'} counted once.`);
  const counts = {
    notes: data.notes.length,
    pages: data.pages.length,
    actors: data.actors.length,
    hidden: data.hidden.length,
    settings: data.settings.length,
  };
  return { ok: true, data, counts, source, skipped, notices };
}

/**
 * The message for a file too large to be a Dossier backup, or null. Takes a size in bytes
 * (a File's `size`) or characters, so a caller can refuse before reading the file at all.
 */
export function checkImportSize(size: number): string | null {
  return size > MAX_IMPORT_BYTES
    ? 'This file is larger than 50 MB; Dossier backups are far smaller, so it is probably not one.'
    : null;
}

const RECORD_WORDS: Record<string, string> = {
  notes: 'note',
  pages: 'reading-history page',
  actors: 'watch-list entry',
  hidden: 'hidden name',
  settings: 'setting',
};

/**
 * Where the first problem is and what it is, in words: "note 3 (field “updated”: …)"; the
 * dotted path stays in the sentence, so a reader who opens the file can find the spot.
 */
function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue ? (v.getDotPath(issue) ?? '') : '';
  const dotted = path.replace(/\.(\d+)/g, '[$1]');
  const m = /^(\w+)\[(\d+)\]/.exec(dotted);
  const where =
    m && RECORD_WORDS[m[1]!] ? `${RECORD_WORDS[m[1]!]} ${Number(m[2]) + 1} (${dotted})` : dotted ? `“${dotted}”` : 'the file';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

const WHAT_TO_DO =
  'Choose a file exported from Dossier (Options → Your data → Export JSON backup) or a W3C annotation file from an annotation tool.';

function parseBackup(json: Record<string, unknown>): ParsedImport {
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`This Dossier backup has no valid version (found ${JSON.stringify(version)}).`);
  }
  if (version > BACKUP_VERSION) {
    return fail(`Backup version ${version} is newer than this Dossier (${BACKUP_VERSION}): update Dossier to import it.`);
  }
  const parsed = v.safeParse(BackupV1Schema, json);
  if (!parsed.success) {
    return fail(
      `This Dossier backup is damaged, so nothing was taken from it: ${firstIssue(parsed.issues)}. If you edited it by hand, undo the edit; otherwise export a new backup from the browser it came from.`,
    );
  }
  const { format: _f, version: _v, exported: _e, settings: rawSettings, ...rest } = parsed.output;
  const settings = rawSettings.flatMap((s) => validSetting(s.key, s.value) ?? []);
  const dropped = rawSettings.length - settings.length;
  const notices = dropped
    ? [
        `${plural(dropped, 'setting')} in the file ${dropped === 1 ? 'is' : 'are'} not one Dossier knows or ${dropped === 1 ? 'has' : 'have'} a value it cannot use, and ${dropped === 1 ? 'was' : 'were'} left out.`,
      ]
    : [];
  return success({ ...rest, settings }, 'backup', 0, notices);
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
      out.push({
        type: 'TextQuoteSelector',
        exact: s.exact,
        prefix: typeof s.prefix === 'string' ? s.prefix : '',
        suffix: typeof s.suffix === 'string' ? s.suffix : '',
      });
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

/** Whether a target is a web page Dossier may open: http or https only. */
export const isWebUrl = (u: string) => /^https?:\/\/[^/]/i.test(u.trim());

/** One W3C annotation as a note, or null when it names no page or a page that is not on the web. */
function annotationToNote(a: unknown, now: number): Note | 'foreign' | null {
  if (!isObj(a)) return null;
  const rawTarget = Array.isArray(a.target) ? a.target[0] : a.target;
  const source =
    typeof rawTarget === 'string'
      ? rawTarget
      : isObj(rawTarget) && typeof rawTarget.source === 'string'
        ? rawTarget.source
        : null;
  if (!source) return null;
  if (!isWebUrl(source)) return 'foreign';
  // Dossier's own exports carry its kind; any other tool quotes raw page text.
  const foreign = typeof a['dossier:kind'] !== 'string';
  const read = isObj(rawTarget) ? selectorsOf(rawTarget.selector) : [];
  const selectors = foreign ? normalizeForeignSelectors(read) : read;
  const bodies = (Array.isArray(a.body) ? a.body : a.body ? [a.body] : []).filter(isObj);
  const text = [
    ...bodies.filter((b) => b.purpose !== 'tagging' && typeof b.value === 'string').map((b) => b.value as string),
    ...(typeof a.text === 'string' ? [a.text] : []),
  ].join('\n\n');
  const tags = [
    ...bodies.filter((b) => b.purpose === 'tagging' && typeof b.value === 'string').map((b) => b.value as string),
    ...strings(a.tags),
  ];
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
  try {
    return parseText(text, now);
  } catch (err) {
    // Only a file nested thousands of levels deep gets here (a stack overflow in a parser).
    if (err instanceof RangeError)
      return fail(
        `This file is nested far more deeply than any Dossier backup or annotation file, so it cannot be read. ${WHAT_TO_DO}`,
      );
    throw err;
  }
}

function parseText(text: string, now: number): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(
      `This file is not a Dossier backup or an annotation file: it is not JSON (a web page, a text file, or a download that did not finish?). ${WHAT_TO_DO}`,
    );
  }
  if (isObj(json) && 'format' in json) {
    if (json.format !== BACKUP_FORMAT)
      return fail(
        `Not a Dossier backup: it says its format is ${JSON.stringify(json.format)?.slice(0, 80)}, another program's. ${WHAT_TO_DO}`,
      );
    return parseBackup(json);
  }
  const annotations = annotationsOf(json);
  if (!annotations)
    return fail(`This JSON file is not a Dossier backup (it has no 'format') nor W3C annotations (no 'type'). ${WHAT_TO_DO}`);
  const notes: Note[] = [];
  let skipped = 0;
  let foreign = 0;
  for (const a of annotations) {
    const note = annotationToNote(a, now);
    if (note === 'foreign') foreign++;
    else if (note) notes.push(note);
    else skipped++;
  }
  const notices = foreign
    ? [
        `${plural(foreign, 'annotation')} on something other than a web page (a data: or file: address, say) ${foreign === 1 ? 'was' : 'were'} left out.`,
      ]
    : [];
  if (!notes.length) {
    return fail(
      `No annotation in this file is on a web page (${plural(skipped + foreign, 'annotation')} without one), so there is nothing to import.`,
    );
  }
  // The same limits as a backup (and as the background's check of `import.apply`), so an
  // oversized annotation is reported here rather than refused after the reader confirmed.
  const checked = v.safeParse(ImportDataSchema, { notes, pages: [], actors: [], hidden: [], settings: [] });
  if (!checked.success)
    return fail(
      `This annotation file holds more than Dossier can store, so nothing was taken from it: ${firstIssue(checked.issues)}.`,
    );
  return success(checked.output, 'w3c', skipped, notices);
}

export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
  /** What else the file brought back: watch-list entries, hidden names, settings set, pages of the reading history. */
  actors: number;
  hidden: number;
  settings: number;
  pages: number;
}

/**
 * Merges imported data by id in one transaction (a failure writes nothing): a note is
 * added when new, replaced when the file's copy was updated later, skipped otherwise.
 * Watch-list entries and hidden names are added; settings only fill what is unset, and only
 * settings `setting.set` would accept are written.
 */
export async function applyImport(db: DossierDB, raw: ImportData): Promise<ImportResult> {
  const deduped = dedupeImport(raw);
  // Checked again here: the message may come from elsewhere than `parseImport`.
  const data = { ...deduped, settings: deduped.settings.flatMap((s) => validSetting(s.key, s.value) ?? []) };
  return db.transaction('rw', [db.notes, db.pages, db.actors, db.hidden, db.settings], async () => {
    const existing = await db.notes.bulkGet(data.notes.map((n) => n.id));
    const write: Note[] = [];
    const result = {
      added: 0,
      updated: 0,
      skipped: 0,
      actors: data.actors.length,
      hidden: data.hidden.length,
      settings: 0,
      pages: 0,
    };
    data.notes.forEach((note, i) => {
      const old = existing[i];
      if (!old) result.added++;
      else if (note.updated > old.updated) result.updated++;
      else return void result.skipped++;
      write.push(note);
    });
    await db.notes.bulkPut(write);
    const pages = await db.pages.bulkGet(data.pages.map((p) => p.url));
    const newerPages = data.pages.filter((p, i) => !pages[i] || pages[i]!.lastSeen < p.lastSeen);
    await db.pages.bulkPut(newerPages);
    await db.actors.bulkPut(data.actors);
    await db.hidden.bulkPut(data.hidden);
    const settings = await db.settings.bulkGet(data.settings.map((s) => s.key));
    const unset = data.settings.filter((_, i) => !settings[i]);
    await db.settings.bulkPut(unset);
    return { ...result, settings: unset.length, pages: newerPages.length };
  });
}
