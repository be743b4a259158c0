// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeSpan } from '@/utils/anchor';
import { buildTextIndex } from '@/utils/dom/text-index';
import { extract } from '@/utils/extract';
import { anchorNotes, buildMentions } from '@/utils/pipeline/page-state';
import { NO_NOTES } from '@/utils/pipeline/page-session';

describe('page state records', () => {
  it('builds the mentions of an extraction once, with a hover target per mention', () => {
    document.body.innerHTML = '<p>Defense Secretary Pete Hegseth spoke. Hegseth later met Zelensky in Kyiv.</p>';
    const index = buildTextIndex(document.body);
    const mentions = buildMentions(index, extract(index.text));
    const hegseth = mentions.byId.get('person/pete-hegseth');
    expect(hegseth?.count).toBe(2);
    expect(mentions.byActor.get('person/pete-hegseth')).toHaveLength(2);
    expect(mentions.targets.filter((t) => t.value.actorId === 'person/pete-hegseth').map((t) => t.value.index)).toEqual([0, 1]);
    expect(buildMentions(index, null)).toMatchObject({ extraction: null, actors: [], targets: [] });
  });

  it('anchors noted passages, and lists those no longer on the page as orphaned', () => {
    document.body.innerHTML = '<p>The order to halt operations against Russia came first.</p>';
    const index = buildTextIndex(document.body);
    const start = index.text.indexOf('halt');
    const found = {
      id: 'a',
      kind: 'passage' as const,
      selectors: describeSpan(index.text, start, start + 'halt operations'.length),
    };
    const gone = {
      id: 'b',
      kind: 'passage' as const,
      selectors: describeSpan('a text that is elsewhere entirely, not here at all', 2, 30),
    };
    const notes = anchorNotes(index, [found, gone, { id: 'c', kind: 'page', selectors: undefined }]);
    expect([...notes.ranges].map(([id, r]) => [id, r.toString()])).toEqual([['a', 'halt operations']]);
    expect(notes.orphaned).toEqual(['b']);
    expect(anchorNotes(index, [])).toBe(NO_NOTES);
  });
});
