import { extract } from '@/utils/extract';
import { EXTRACTOR_GLOBAL, type ExtractorApi } from '@/utils/extract/api';

// Injected on demand by the background into a page's content-script world.
export default defineUnlistedScript(() => {
  const api: ExtractorApi = { extract };
  (globalThis as Record<string, unknown>)[EXTRACTOR_GLOBAL] = api;
});
