import { startSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    startSession(ctx);
  },
});
