/**
 * The reading history: the pages Dossier acted on (URL, title, first and last visit, the
 * actors it saw), kept so the notebook can name the actors of a page's notes and the
 * Markdown export can group by actor. Kept for `historyDays` (default 90; 0 keeps none),
 * pruned whenever a page is recorded; the reader can clear it from the options page.
 */
import { normalizeUrl, siteOf } from '@/utils/url/normalize';
import type { DossierDB } from './database';
import type { PageActor } from '@/utils/model/actor';
import type { PageRecord } from '@/utils/model/page';
import { getSetting } from './settings';

export interface PageVisit {
  url: string;
  title: string;
  score: number;
  actors: PageActor[];
}

const DAY = 86_400_000;

/** Deletes the pages last seen before the retention window; returns how many. */
export async function pruneHistory(db: DossierDB, days: number, now: number = Date.now()): Promise<number> {
  return db.pages
    .where('lastSeen')
    .below(now - days * DAY)
    .delete();
}

/** Clears the whole reading history (notes are kept); returns how many pages were removed. */
export async function clearHistory(db: DossierDB): Promise<number> {
  return db.transaction('rw', db.pages, async () => {
    const n = await db.pages.count();
    await db.pages.clear();
    return n;
  });
}

/**
 * Records a visit: keeps `firstSeen`, refreshes everything else, and drops pages past the
 * retention. With a retention of 0 days nothing is stored and the record is only returned.
 */
export async function recordPage(db: DossierDB, visit: PageVisit, now: number = Date.now()): Promise<PageRecord> {
  const url = normalizeUrl(visit.url);
  const days = await getSetting(db, 'historyDays');
  return db.transaction('rw', db.pages, async () => {
    await pruneHistory(db, days, now);
    const old = days > 0 ? await db.pages.get(url) : undefined;
    const page: PageRecord = {
      url,
      title: visit.title,
      site: siteOf(url),
      firstSeen: old?.firstSeen ?? now,
      lastSeen: now,
      score: visit.score,
      actors: visit.actors,
    };
    if (days > 0) await db.pages.put(page);
    return page;
  });
}
