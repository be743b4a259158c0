import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TabRequestSchema } from '@/utils/messaging/protocol';
import { checkTabRequest } from '@/utils/messaging/tab-request-check';

const CASES: unknown[] = [
  { type: 'tab.state' },
  { type: 'tab.reanalyze' },
  { type: 'tab.toggle' },
  { type: 'tab.noteSelection' },
  { type: 'tab.noteSelection', inPanel: true },
  { type: 'tab.noteSelection', inPanel: 'yes' },
  { type: 'tab.revealNote', noteId: 'n1' },
  { type: 'tab.revealNote', noteId: 7 },
  { type: 'tab.revealNote', noteId: 'x'.repeat(201) },
  { type: 'tab.revealNote' },
  { type: 'tab.notesChanged', closeFrame: false },
  { type: 'tab.notesChanged', closeFrame: 1 },
  { type: 'tab.revealActor', actorId: 'person/x', index: 2 },
  { type: 'tab.revealActor', actorId: 'person/x', index: 2.5 },
  { type: 'tab.revealActor', actorId: 'person/x' },
  { type: 'tab.unknown' },
  { type: 'toString' },
  { type: '__proto__' },
  { noType: true },
  'tab.state',
  null,
  42,
];

describe('checkTabRequest', () => {
  it('accepts exactly what TabRequestSchema accepts, and gives back what it parses', () => {
    for (const raw of CASES) {
      const parsed = v.safeParse(TabRequestSchema, raw);
      const checked = checkTabRequest(raw);
      expect(typeof checked === 'string', JSON.stringify(raw)).toBe(!parsed.success);
      if (parsed.success) expect(checked).toEqual(parsed.output);
    }
  });

  it('keeps no field the protocol does not name', () => {
    expect(checkTabRequest({ type: 'tab.revealNote', noteId: 'n1', extra: '<script>' })).toEqual({
      type: 'tab.revealNote',
      noteId: 'n1',
    });
  });
});
