/**
 * Notes as a W3C Web Annotation collection (JSON-LD), the format annotation tools such as
 * Hypothesis read: body as TextualBody, tags as bodies with purpose "tagging", target
 * with the page as source and the stored selectors.
 */
import { isoTime } from '@/utils/db/dates';
import type { Note } from '@/utils/model/note';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The collection's `@context`: the Web Annotation vocabulary, plus the `dossier:` prefix
 * Dossier's own fields use, declared (as a URN: it names, it is never fetched) so a JSON-LD
 * processor expands them to IRIs instead of dropping them.
 */
export const EXPORT_CONTEXT = [W3C_CONTEXT, { dossier: 'urn:dossier:' }] as const;

export interface W3CAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; format?: string; purpose?: string }[];
  target: { source: string; selector?: unknown[] } | string;
  'dossier:kind'?: string;
  'dossier:actors'?: string[];
  'dossier:topics'?: string[];
  'dossier:title'?: string;
}

/**
 * One note as a W3C Annotation. Dossier's own fields (kind, actors, topics, title) ride
 * along under `dossier:` keys, which other tools ignore and Dossier reads back.
 */
export function noteToAnnotation(note: Note): W3CAnnotation {
  const body: W3CAnnotation['body'] = [];
  if (note.body) body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    created: isoTime(note.created),
    modified: isoTime(note.updated, isoTime(note.created)),
    body,
    target: note.selectors?.length ? { source: note.url, selector: note.selectors } : { source: note.url },
    'dossier:kind': note.kind,
    'dossier:actors': note.actorIds,
    'dossier:topics': note.topicIds,
    'dossier:title': note.title,
  };
}

/** The notes as an AnnotationCollection with a single page holding every annotation. */
export function exportW3C(notes: readonly Note[]): object {
  return {
    '@context': EXPORT_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Dossier notes',
    total: notes.length,
    first: { type: 'AnnotationPage', items: notes.map(noteToAnnotation) },
  };
}
