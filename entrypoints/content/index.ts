import { readsFrame } from '@/utils/dom/frames';
import { startWatcher } from './watcher';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Articles shown in a same-origin frame are read too; the watcher leaves other frames at once.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    if (readsFrame(window)) startWatcher(ctx);
  },
});
