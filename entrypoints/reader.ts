import { createSession } from './content/session';
import { READER_GLOBAL, type ReaderApi } from './content/reader-api';

// Injected on demand by the background into a page's content-script world.
export default defineUnlistedScript(() => {
  const api: ReaderApi = { createSession };
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = api;
});
