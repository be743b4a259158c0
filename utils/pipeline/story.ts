/**
 * The story's text, read thoroughly (utils/scope/story.ts) after the cheap stage said yes:
 * what the extractor reads and the painter paints, in the reader chunk and the CLI. Same
 * read limit and own-UI skip as the cheap stage.
 */
import { buildTextIndex, type TextIndex } from '@/utils/dom/text-index';
import type { Scope } from '@/utils/scope';
import { findStory } from '@/utils/scope/story';
import { READ_LIMIT, type ReadOptions } from './read-page';

export function readStory(doc: Document, options: Pick<ReadOptions, 'skip'> = {}): { scope: Scope; index: TextIndex } {
  const scope = findStory(doc);
  const own = options.skip;
  const index = buildTextIndex(scope.root, {
    skip: own ? (el) => own(el) || scope.skip(el) : scope.skip,
    maxChars: READ_LIMIT,
  });
  return { scope, index };
}
