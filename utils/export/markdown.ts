/**
 * Notes as Markdown for reading and pasting elsewhere, grouped by page or by actor.
 */
import type { Note } from '@/utils/db/schema';
import { newestFirst } from '@/utils/db/search';

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const quoteBlock = (q: string) => q.split('\n').map((l) => `> ${l}`).join('\n');

function noteBlock(note: Note, withPage: boolean, actorNames: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  if (withPage) lines.push(`**[${note.title || note.url}](${note.url})** · ${day(note.created)}`);
  else lines.push(`*${day(note.created)}*`);
  // A note on an actor has no passage: the actor's name says what it is about.
  if (note.kind === 'actor' && note.actorIds.length) lines.push('', `About **${note.actorIds.map((id) => actorNames.get(id) ?? id).join(', ')}**`);
  if (note.quote) lines.push('', quoteBlock(note.quote));
  if (note.body) lines.push('', note.body);
  if (note.tags.length) lines.push('', note.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' '));
  return lines.join('\n');
}

/**
 * One section per page (title, link) or per actor id (notes without actors under
 * "No actor"), newest notes first within each.
 */
export function exportMarkdown(notes: readonly Note[], groupBy: 'page' | 'actor', actorNames: ReadonlyMap<string, string> = new Map()): string {
  const groups = new Map<string, { heading: string; notes: Note[] }>();
  const add = (key: string, heading: string, note: Note) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { heading, notes: [] }));
    g.notes.push(note);
  };
  for (const note of [...notes].sort(newestFirst)) {
    if (groupBy === 'page') add(note.url, `## [${note.title || note.url}](${note.url})`, note);
    else if (!note.actorIds.length) add('', '## No actor', note);
    else for (const id of note.actorIds) add(id, `## ${actorNames.get(id) ?? id}`, note);
  }
  const out = ['# Dossier notes', ''];
  for (const { heading, notes: list } of groups.values()) {
    out.push(heading, '');
    for (const n of list) out.push(noteBlock(n, groupBy === 'actor', actorNames), '', '---', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
