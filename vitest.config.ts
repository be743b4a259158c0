import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Some unit tests read whole corpora or 100,000-paragraph pages: on a busy 2-core
          // machine they take several times the 5 s default. Speed is measured by the benches.
          testTimeout: 30_000,
        },
      },
      {
        // The content script's entrypoints in happy-dom with WXT's fake browser (tests/middle/support/page.ts).
        plugins: [WxtVitest()],
        test: {
          name: 'middle',
          include: ['tests/middle/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
          environmentOptions: { happyDOM: { url: 'https://news.test/world/seed-article' } },
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
