import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { findTopics, TOPICS } from '@/utils/topics';

const surfaces = (text: string) => findTopics(text).flatMap((t) => t.mentions.map((m) => m.surface));

/** Words that make a phrase a fragment, a title or a place rather than a subject. */
const FUNCTION_WORD = /^(of|in|with|to|for|on|at|by|from|and|the|a)$/;
const TITLE_OR_OFFICE = /\b(secretary|minister|ministry|adviser|advisor|ambassador|envoy|office|embassy|agency|service)\b/;

describe('topic marks', () => {
  it('are phrases a reader would call a topic: no dangling preposition, title, office or lone past participle', () => {
    for (const topic of TOPICS) {
      for (const term of topic.terms) {
        const words = term.split(' ');
        expect(
          FUNCTION_WORD.test(words[0]) || FUNCTION_WORD.test(words[words.length - 1]),
          `${term} ends on a function word`,
        ).toBe(false);
        expect(TITLE_OR_OFFICE.test(term), `${term} is a title or an office`).toBe(false);
        expect(words.length === 1 && /ed$/.test(term), `${term} is a verb form`).toBe(false);
      }
    }
  });

  it('leaves fragments, titles and offices unmarked; they only count as domain cues', () => {
    const text =
      'Relations with Beijing soured after three were killed in the raid. The withdrawal of forces was discussed by the Secretary of State in the Oval Office.';
    expect(surfaces(text)).toEqual([]);
    expect(TOPICS.find((t) => t.id === 'diplomacy')?.cues).toContain('relations with');
  });

  it('still marks the subjects themselves', () => {
    expect(surfaces('A ceasefire ended the shelling; peace talks and sanctions followed.')).toEqual([
      'ceasefire',
      'shelling',
      'peace talks',
      'sanctions',
    ]);
  });

  it("gives the count the page shows: mentions inside an actor's name are not topic mentions", () => {
    const found = extract('The National Security Council met. National security was the subject of two summits.');
    const security = found.topics.find((t) => t.id === 'national-security');
    expect(security?.mentions.map((m) => m.surface)).toEqual(['National security']);
  });
});
