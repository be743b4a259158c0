import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/model/note';
import { filterNotes, wordStem } from '@/utils/db/search';
import { exportMarkdown } from '@/utils/export/markdown';
import { hashtagsIn, retag } from '@/utils/text/hashtags';

const note = (over: Partial<Note>): Note => ({
  id: 'n',
  kind: 'passage',
  body: '',
  tags: [],
  actorIds: [],
  topicIds: [],
  url: 'https://a.test/x',
  title: 'T',
  site: 'a.test',
  created: 1,
  updated: 1,
  ...over,
});

describe('tags typed in a note', () => {
  it('are found after a space, bracket or the start, lowercased and once', () => {
    expect(hashtagsIn('#Sanctions hit (#cyber-ops) and #sanctions again; #北朝鮮.')).toEqual([
      'sanctions',
      'cyber-ops',
      '北朝鮮',
    ]);
  });

  it('are not URL fragments, numbers or a lone hash', () => {
    expect(hashtagsIn('see page#section, item #1, C# and # alone, trailing #tag-')).toEqual(['tag']);
  });

  it('follow an edit: typed tags removed from the text go, imported ones stay', () => {
    expect(retag(['old', 'imported'], 'about #old', 'about #new')).toEqual(['imported', 'new']);
  });
});

describe('search by word forms', () => {
  it('cuts words to a shared stem, leaving short words whole', () => {
    expect(['retreats', 'retreating', 'retreated', 'sanctions', 'policies', 'press', 'war', 'talks'].map(wordStem)).toEqual([
      'retreat',
      'retreat',
      'retreat',
      'sanction',
      'polic',
      'press',
      'war',
      'talk',
    ]);
  });

  it('finds "retreat" for "retreats" and the other way round', () => {
    const notes = [
      note({ id: 'a', body: 'The army began its retreat.' }),
      note({ id: 'b', body: 'Two retreats in a week.' }),
      note({ id: 'c', body: 'A policy shift.' }),
    ];
    expect(
      filterNotes(notes, { text: 'retreats' })
        .map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(
      filterNotes(notes, { text: 'Retreat' })
        .map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(filterNotes(notes, { text: 'policies' }).map((n) => n.id)).toEqual(['c']);
  });
});

describe('an actor note in Markdown', () => {
  it('says whom it is about, by name, in both groupings', () => {
    const n = note({ kind: 'actor', body: 'Watch him.', actorIds: ['person/pete-hegseth'] });
    const names = new Map([['person/pete-hegseth', 'Pete Hegseth']]);
    expect(exportMarkdown([n], 'page', names)).toContain('About **Pete Hegseth**');
    expect(exportMarkdown([n], 'actor', names)).toContain('About **Pete Hegseth**');
  });
});
