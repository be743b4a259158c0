import { describe, expect, it } from 'vitest';
import { notAnActor, placeByWords } from '@/utils/extract/rules/tagged';
import { extract } from '@/utils/extract';
import { tokenize } from '@/utils/text/tokens';
import { taggerModel } from '../../../scripts/lib/tagger';

/** notAnActor over the words `name` in `text`, a person when `person`. */
function rejects(text: string, name: string, person = false): boolean {
  const tokens = tokenize(text);
  const words = tokenize(name);
  const from = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.text === w.text));
  expect(from).toBeGreaterThanOrEqual(0);
  const places = new Set(['hanoi', 'israel']);
  return notAnActor(
    tokens,
    from,
    from + words.length,
    person,
    (i) => places.has(tokens[i].key),
    (key) => key === 'israel',
  );
}

describe('tagger spans that are not actors', () => {
  it('a place by its last word is a place; an event or a name "of" a place is not', () => {
    const at = (text: string) => {
      const tokens = tokenize(text);
      return placeByWords(tokens, 0, tokens.length);
    };
    expect([at('South China Sea'), at('Kerch Strait'), at('Vietnam War'), at('Bay of Pigs'), at('Sea')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('a pronoun alone', () => {
    expect(rejects('“We pray for them,” she said.', 'We')).toBe(true);
  });

  it('a place or an event by its last word, but an office "of" it is one', () => {
    expect(rejects('Ships crossed the Taiwan Strait on Monday.', 'Taiwan Strait')).toBe(true);
    expect(rejects('Veterans of the Korean War gathered.', 'Korean War')).toBe(true);
    expect(rejects('The Department of War said it would respond.', 'Department of War')).toBe(false);
  });

  it('a name that ends in a lowercase word, unless a hyphen glues it on', () => {
    expect(rejects('He visited the Baltic nation last week.', 'Baltic nation')).toBe(true);
    expect(rejects('The activist Lee Cheuk-yan was jailed.', 'Lee Cheuk-yan', true)).toBe(false);
  });

  it('a name before a lowercase place noun', () => {
    expect(rejects('He was held in Evin prison for a year.', 'Evin')).toBe(true);
    expect(rejects('Fighting spread across Helmand province.', 'Helmand')).toBe(true);
    expect(rejects('Evin said he was held for a year.', 'Evin', true)).toBe(false);
  });

  it('a person whose first word is a known place and not a given name', () => {
    expect(rejects('They called it the “Hanoi Hilton” back then.', 'Hanoi Hilton', true)).toBe(true);
    expect(rejects('Defence minister Israel Katz said the army was ready.', 'Israel Katz', true)).toBe(false);
  });
});

describe('a tagger span the gazetteer knows once trimmed', () => {
  const tagger = taggerModel();
  const ids = (text: string) => extract(text, { tagger }).actors.map((a) => a.id);

  it('a possessive or a sentence-opening word off, the known actor is named', () => {
    expect(ids("The European Union's top court ruled on Tuesday.")).toContain('organization/european-union');
    expect(ids('Key Security Council members disagreed with the plan.')).toEqual(['organization/un-security-council']);
  });
});
