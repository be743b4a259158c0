/**
 * Notes as Markdown for reading and pasting elsewhere, grouped by page or by actor.
 *
 * Everything that comes from a page or the reader (titles, URLs, quotes, note text, tags,
 * actor names) is escaped, so the file renders as the template and nothing else in any
 * Markdown renderer, inline HTML allowed or not: Markdown and HTML metacharacters get a
 * backslash, text that would start a list, heading or rule at the start of a line is
 * escaped, and links are written `[text](<url>)` with `( ) < >`, spaces and line breaks
 * percent-encoded. A date that is not a valid one prints as "undated".
 */
import { isoDay } from '@/utils/db/dates';
import type { Note } from '@/utils/model/note';
import { newestFirst } from '@/utils/db/search';

/** Characters with a meaning in Markdown or HTML anywhere in a line. */
const INLINE = /[\\`*_{}[\]()<>#!|~&+"]/g;

/** One line of text, escaped to render as itself. */
function escapeLine(line: string): string {
  return (
    line
      .replace(INLINE, (c) => `\\${c}`)
      // A list, heading underline, rule or numbered item at the start of a line.
      .replace(/^(\s*)([-=]|\d+[.)])/, (_m, space: string, lead: string) => `${space}${lead.replace(/[-=.)]/, (c) => `\\${c}`)}`)
      // Four spaces or a tab would make a code block.
      .replace(/^[ \t]+/, '')
  );
}

/** Text on one line (titles, names, headings): line breaks become spaces. */
export const escapeInline = (text: string) => escapeLine(text.replace(/\s+/g, ' ').trim());

/** Text of several lines, each escaped; blank lines kept as paragraph breaks. */
const escapeBlock = (text: string) => text.split(/\r?\n/).map(escapeLine).join('\n');

/** A URL as a Markdown link destination: `<…>` with the characters that end it encoded. */
export function linkDestination(url: string): string {
  return `<${url.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}

const link = (text: string, url: string) => `[${escapeInline(text) || escapeInline(url)}](${linkDestination(url)})`;
const quoteBlock = (q: string) =>
  escapeBlock(q)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

function noteBlock(note: Note, withPage: boolean, actorNames: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  if (withPage) lines.push(`**${link(note.title || note.url, note.url)}** · ${isoDay(note.created)}`);
  else lines.push(`*${isoDay(note.created)}*`);
  // A note on an actor has no passage: the actor's name says what it is about.
  if (note.kind === 'actor' && note.actorIds.length)
    lines.push('', `About **${note.actorIds.map((id) => escapeInline(actorNames.get(id) ?? id)).join(', ')}**`);
  if (note.quote) lines.push('', quoteBlock(note.quote));
  if (note.body) lines.push('', escapeBlock(note.body));
  if (note.tags.length) lines.push('', note.tags.map((t) => `\\#${escapeInline(t).replace(/\s+/g, '-')}`).join(' '));
  return lines.join('\n');
}

const NO_ACTOR = '';

/**
 * One section per page (title, link; pages in order of their newest note) or per actor
 * (alphabetical by name, notes without actors last under "No actor"), newest notes first
 * within each. The order is computed, never left to the engine, so both browsers agree.
 */
export function exportMarkdown(
  notes: readonly Note[],
  groupBy: 'page' | 'actor',
  actorNames: ReadonlyMap<string, string> = new Map(),
): string {
  const groups = new Map<string, { heading: string; notes: Note[] }>();
  const add = (key: string, heading: string, note: Note) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { heading, notes: [] }));
    g.notes.push(note);
  };
  for (const note of [...notes].sort(newestFirst)) {
    if (groupBy === 'page') add(note.url, link(note.title || note.url, note.url), note);
    else if (!note.actorIds.length) add(NO_ACTOR, 'No actor', note);
    else for (const id of note.actorIds) add(id, escapeInline(actorNames.get(id) ?? id), note);
  }
  const ordered = [...groups.entries()];
  if (groupBy === 'actor') {
    const name = ([key]: [string, unknown]) => actorNames.get(key) ?? key;
    ordered.sort(
      (a, b) =>
        Number(a[0] === NO_ACTOR) - Number(b[0] === NO_ACTOR) || name(a).localeCompare(name(b), 'en') || (a[0] < b[0] ? -1 : 1),
    );
  }
  const out = ['# Dossier notes', ''];
  for (const [, { heading, notes: list }] of ordered) {
    out.push(`## ${heading}`, '');
    for (const n of list) out.push(noteBlock(n, groupBy === 'actor', actorNames), '', '---', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
