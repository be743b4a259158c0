import { readsFrame } from '@/utils/dom/frames';
import { guardInvalidation } from '@/utils/dom/invalidation';
import { startWatcher } from './watcher';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Articles shown in a same-origin frame are read too; the watcher leaves other frames at once.
  allFrames: true,
  runAt: 'document_idle',
  // No "content script started" message to the page: it would tell every page that Dossier
  // is installed, and its id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardInvalidation(ctx);
    if (readsFrame(window)) startWatcher(ctx);
  },
});
