/**
 * The knowledge base in the extractor: officials it alone knows are found with their role;
 * none of the 5,000 commonest English words (utils/kb/common-words.txt, from CoNLL train)
 * becomes a highlight, whether capitalised at a sentence start or in a Title Case headline.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { KnowledgeBase } from '@/utils/kb/base';
import { cardFacts, roleLine } from '@/utils/kb/card';

const root = resolve(import.meta.dirname, '../../..');
let kb: KnowledgeBase;
beforeAll(() => {
  kb = new KnowledgeBase(readFileSync(resolve(root, 'public/kb/actors.bin')));
});

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

describe('knowledge base in the extractor', () => {
  it('finds an official only the base knows, with the role for the card', () => {
    const text = 'Albania’s foreign minister Olta Xhacka met Bajram Begaj in Tirana on Monday.';
    expect(extract(text).actors.some((a) => a.name.includes('Xha') && a.role)).toBe(false);
    const { actors } = extract(text, { kb });
    const begaj = actors.find((a) => a.name === 'Bajram Begaj')!;
    expect(begaj).toMatchObject({ id: 'kb/Q107422711', type: 'person', role: 'President of Albania (2022–)' });
    const facts = cardFacts(begaj, kb);
    expect(facts).toMatchObject({ known: true, alsoCalled: [] });
    expect(roleLine(facts)).toBe('President of Albania (2022–)');
    // Found by its accent-free spelling, with the title before it.
    expect(actors.find((a) => a.name === 'Olta Xhaçka')?.mentions[0].surface).toBe('Albania’s foreign minister Olta Xhacka');
  });

  it('says plainly when an actor is not in the reference list, and "as of" for an old role', () => {
    const [guess] = extract('Yesterday Marta Quellwood arrived in town and spoke.').actors;
    expect(cardFacts(guess, kb)).toMatchObject({ role: null, known: false });
    expect(roleLine(cardFacts(guess, kb))).toBe("Not in Dossier's reference list");
    const olta = extract('Olta Xhacka spoke.', { kb }).actors[0];
    expect(roleLine(cardFacts(olta, kb))).toMatch(/^Foreign Minister of Albania \(2020–\) \(as of Dec 2022\)$/);
  });

  it('shows the role the article gives a person no list knows, marked as from this article', () => {
    const facts = cardFacts(
      {
        id: 'guess/person/zabihullah-mujahid',
        name: 'Zabihullah Mujahid',
        type: 'person',
        guessed: true,
        articleRole: 'Taliban spokesman',
      },
      kb,
    );
    expect(facts).toMatchObject({ role: 'Taliban spokesman', fromArticle: true, known: false });
    expect(roleLine(facts)).toBe('Taliban spokesman (from this article)');
  });

  it("a watch-list entry under a known actor's name corrects its role and takes every spelling of it", () => {
    const customActors = [
      {
        id: 'custom/1',
        name: 'Olta Xhaçka',
        type: 'person' as const,
        aliases: ['Xhaçka'],
        role: 'Former foreign minister of Albania',
      },
    ];
    const { actors } = extract('Olta Xhacka spoke. Later Olta Xhaçka left; Xhaçka said so.', { kb, customActors });
    expect(actors.map((a) => [a.id, a.role, a.mentions.length])).toEqual([['custom/1', 'Former foreign minister of Albania', 3]]);
    expect(cardFacts(actors[0], kb)).toMatchObject({ known: true, role: 'Former foreign minister of Albania' });
  });

  it('a reader correction wins over the base', () => {
    const olta = extract('Olta Xhacka spoke.', { kb }).actors[0];
    expect(cardFacts(olta, kb, { role: 'Former foreign minister of Albania', aliases: ['Xhaçka'] })).toMatchObject({
      role: 'Former foreign minister of Albania',
      alsoCalled: ['Xhaçka', 'Olta Xhacka'],
    });
  });

  it('no common English word becomes a highlight, at a sentence start or in a headline', () => {
    const words = readFileSync(resolve(root, 'utils/kb/common-words.txt'), 'utf8').split('\n').filter(Boolean);
    expect(words).toHaveLength(5000);
    const sentences = words.map((w) => `${cap(w)} was said.`).join('\n');
    const headlines: string[] = [];
    for (let i = 0; i < words.length; i += 6)
      headlines.push(
        words
          .slice(i, i + 6)
          .map(cap)
          .join(' '),
      );
    for (const text of [sentences, headlines.join('\n')]) {
      const fromBase = extract(text, { kb }).actors.filter((a) => a.id.startsWith('kb/'));
      expect(fromBase.map((a) => a.mentions[0].surface)).toEqual([]);
    }
  });
});
