/**
 * Serves the evaluation corpus (../shared/corpus/pages) and our own fixtures
 * (tests/fixtures/pages) from 127.0.0.1 on a free port, as a reader's browser would get
 * them from a news site. `/corpus/<id>.html`, `/fixtures/<name>`, and `/preact/…` (the
 * framework a fixture page renders itself with).
 */
import { afterAll, beforeAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const CORPUS = resolve(REPO, '../shared/corpus/pages');
const FIXTURES = resolve(REPO, 'tests/fixtures/pages');
const AREAS: Record<string, string> = { corpus: CORPUS, fixtures: FIXTURES, preact: resolve(REPO, 'node_modules/preact') };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

export interface PageServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      // Browsers ask for it on their own; a 404 would be a console error on every page.
      res.writeHead(204).end();
      return;
    }
    const [, area, ...rest] = path.split('/');
    const base = area && Object.hasOwn(AREAS, area) ? AREAS[area]! : null;
    const file = base && normalize(join(base, ...rest));
    if (!file || !file.startsWith(base!)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** A page server for the whole test file: started before its tests, closed after. */
export function useServer(): PageServer {
  const server = {} as PageServer;
  beforeAll(async () => void Object.assign(server, await startServer()));
  afterAll(async () => server.close?.());
  return server;
}
