import { startWatcher } from './watcher';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    startWatcher(ctx);
  },
});
