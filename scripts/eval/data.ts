/**
 * Where the evaluation data lives: ../shared next to the repository (never copied in).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const CORPUS = resolve(SHARED, 'corpus');
export const PAGES = resolve(CORPUS, 'pages');

export function sharedAvailable(): boolean {
  return existsSync(PAGES);
}

export interface PageLabel {
  id: string;
  is_article: boolean;
  in_domain: boolean;
  borderline: boolean;
  language: string;
}

export function devLabels(): PageLabel[] {
  return JSON.parse(readFileSync(resolve(CORPUS, 'labels.dev.json'), 'utf8')) as PageLabel[];
}

export const pagePath = (id: string) => resolve(PAGES, `${id}.html`);
