/**
 * The shape check of tab requests, by hand. Tab requests reach a content script only from
 * Dossier's own background and pages (a web page cannot send to a content script's
 * `runtime.onMessage`), so the every-page script checks their shape without carrying a
 * schema library. It accepts exactly what `TabRequestSchema` accepts (a unit test holds
 * the two together) and returns the request, or a sentence saying what is wrong.
 */
import type { TabRequest } from './protocol';

type Field = 'string' | 'number' | 'boolean' | 'boolean?';

const FIELDS: Record<TabRequest['type'], Record<string, Field>> = {
  'tab.state': {},
  'tab.reanalyze': {},
  'tab.toggle': {},
  'tab.noteSelection': { inPanel: 'boolean?' },
  'tab.revealNote': { noteId: 'string' },
  'tab.notesChanged': { closeFrame: 'boolean' },
  'tab.revealActor': { actorId: 'string', index: 'number' },
};

const fits = (value: unknown, field: Field): boolean =>
  field === 'boolean?'
    ? value === undefined || typeof value === 'boolean'
    : field === 'string'
      ? typeof value === 'string' && value.length <= 200
      : field === 'number'
        ? Number.isInteger(value)
        : typeof value === field;

export function checkTabRequest(raw: unknown): TabRequest | string {
  if (typeof raw !== 'object' || raw === null) return 'The message is not an object.';
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return `Unknown message type: ${String(type)}.`;
  const fields = FIELDS[type as TabRequest['type']];
  const out: Record<string, unknown> = { type };
  for (const [name, field] of Object.entries(fields)) {
    const value = (raw as Record<string, unknown>)[name];
    if (!fits(value, field)) return `${name}: not a valid value.`;
    if (value !== undefined) out[name] = value;
  }
  return out as TabRequest;
}
