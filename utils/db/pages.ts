/** The pages Dossier acted on, with the actors it saw there (for the notebook's filters). */
import { normalizeUrl, siteOf } from '@/utils/url/normalize';
import type { DossierDB } from './database';
import type { PageActor, PageRecord } from './schema';

export interface PageVisit {
  url: string;
  title: string;
  score: number;
  actors: PageActor[];
}

/** Records a visit: keeps `firstSeen`, refreshes everything else. */
export async function recordPage(db: DossierDB, visit: PageVisit, now: number = Date.now()): Promise<PageRecord> {
  const url = normalizeUrl(visit.url);
  return db.transaction('rw', db.pages, async () => {
    const old = await db.pages.get(url);
    const page: PageRecord = {
      url,
      title: visit.title,
      site: siteOf(url),
      firstSeen: old?.firstSeen ?? now,
      lastSeen: now,
      score: visit.score,
      actors: visit.actors,
    };
    await db.pages.put(page);
    return page;
  });
}
