import { createSession } from './content/session';
import { READER_GLOBAL } from '@/utils/dom/frames';
import type { ReaderApi } from './content/reader-api';
import { isOwnElement } from '@/utils/dom/own-ui';
import { readStory } from '@/utils/pipeline/story';

// Injected on demand by the background into a page's content-script world.
export default defineUnlistedScript(() => {
  const api: ReaderApi = {
    createSession(ctx, doc, store) {
      const session = createSession(ctx, doc, store);
      // The watcher decided on its cheap scope; the story is extracted and painted from the
      // thorough one, which only this chunk carries.
      return {
        ...session,
        show: (reading, config, act) =>
          session.show({ ...reading, index: readStory(doc, { skip: isOwnElement }).index }, config, act),
      };
    },
  };
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = api;
});
