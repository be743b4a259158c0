/**
 * Loads the reader chunk (extractor, painter, notes UI) into this page's content-script
 * world on demand: the background injects `reader.js` with `scripting.executeScript`,
 * which runs in the same isolated world as this script; the chunk announces itself on
 * `globalThis`. Pages Dossier does not act on, and where the reader takes no note, never
 * load it.
 */
import { DossierError, request } from '@/utils/messaging/channel';
import { once } from '@/utils/schedule/once';
import { READER_GLOBAL } from '@/utils/dom/frames';
import type { ReaderApi } from './reader-api';

const loaded = () => (globalThis as Record<string, unknown>)[READER_GLOBAL] as ReaderApi | undefined;

// Asked for once; a failed load is asked for again next time.
const inject = once(() =>
  request({ type: 'reader.load' }).then(() => {
    const api = loaded();
    if (!api) throw new DossierError('Dossier could not load its reader on this page.');
    return api;
  }),
);

export function loadReader(): Promise<ReaderApi> {
  const existing = loaded();
  return existing ? Promise.resolve(existing) : inject();
}
