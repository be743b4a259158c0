import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import {
  contextFeatures,
  featureContext,
  features,
  MAX_FEATURES,
  NEIGHBOURS,
  neighbourFeatures,
  stateFeatures,
  stateKey,
  wordFeatures,
} from '@/utils/extract/tagger/features';
import { decodeDocument, nearNames } from '@/utils/extract/tagger';
import { decodeModel, TAGS, TaggerModelError, viterbi } from '@/utils/extract/tagger/model';
import { createTaggerLoader } from '@/utils/extract/tagger/load';
import { train, type TrainDocument } from '@/utils/extract/tagger/train';
import { runToEnd } from '@/utils/schedule/slices';
import { tokenize } from '@/utils/text/tokens';
import { taggerModel } from '../../../scripts/lib/tagger';

const names = { given: new Set(['toby', 'maria']), surnames: new Set(['jones']) };

/** A tiny training document: tokens and their gold tags from "word/TAG" pairs. */
function doc(...lines: string[]): TrainDocument {
  const words = lines.map((l) => l.split(' ').map((w) => w.split('/')));
  const tokens = tokenize(words.map((l) => l.map(([w]) => w).join(' ')).join('\n'));
  const tags = Uint8Array.from(words.flat(), ([, t]) => TAGS.indexOf((t ?? 'O') as (typeof TAGS)[number]));
  expect(tags.length).toBe(tokens.length);
  return { tokens, tags };
}

const sample = [
  doc('Maria/B-PER Kowalczyk/I-PER met/O officials/O in/O Warsaw/B-LOC .', 'Kowalczyk/B-PER said/O Nato/B-ORG would/O act/O .'),
  doc('Toby/B-PER Jones/I-PER of/O Reuters/B-ORG reported/O from/O Kyiv/B-LOC .', 'The/O Cold/B-MISC War/I-MISC ended/O .'),
];
const settings = { epochs: 3, seed: 7, maxFeatures: 10_000 };

describe('tagger features', () => {
  it('gives the same ids in training (all at once) and in tagging (word and neighbour parts cached, then context)', () => {
    const ctx = featureContext(
      tokenize('Taliban spokesman Zabihullah Mujahid said on Monday that Mujahid would speak.'),
      null,
      names,
    );
    const history = new Map([['mujahid', 1]]);
    const all = new Int32Array(MAX_FEATURES);
    const split = new Int32Array(MAX_FEATURES);
    for (let i = 0; i < ctx.tokens.length; i++) {
      const n = features(ctx, i, history, all);
      let m = wordFeatures(ctx, i, split, 0);
      for (const d of NEIGHBOURS) m = neighbourFeatures(ctx, i, d, split, m);
      m = contextFeatures(ctx, i, history, split, stateFeatures(ctx, i, split, m));
      expect(m).toBe(n);
      expect([...split.subarray(0, m)]).toEqual([...all.subarray(0, n)]);
    }
  });

  it('gives two tokens with the same state key the same state features', () => {
    const ctx = featureContext(tokenize('Mujahid said that Mujahid would speak, and that Mujahid would stay.'), null, names);
    const state = (i: number) => {
      const out = new Int32Array(MAX_FEATURES);
      return [...out.subarray(0, stateFeatures(ctx, i, out, 0))];
    };
    const mujahid = ctx.tokens.flatMap((t, i) => (t.text === 'Mujahid' ? [i] : []));
    expect(stateKey(ctx, mujahid[1])).toBe(stateKey(ctx, mujahid[2]));
    expect(state(mujahid[1])).toEqual(state(mujahid[2]));
    // The first opens the sentence: another key, other features.
    expect(stateKey(ctx, mujahid[0])).not.toBe(stateKey(ctx, mujahid[1]));
    expect(state(mujahid[0])).not.toEqual(state(mujahid[1]));
  });

  it('lends a neighbour the same features wherever the word stands, and the boundary past either end', () => {
    const ctx = featureContext(tokenize('Mujahid said that Mujahid would speak'), null, names);
    const lent = (i: number, d: (typeof NEIGHBOURS)[number]) => {
      const out = new Int32Array(MAX_FEATURES);
      return [...out.subarray(0, neighbourFeatures(ctx, i, d, out, 0))];
    };
    // "said" after the first "Mujahid", "would" after the second: both read "Mujahid" one word back.
    expect(lent(1, -1)).toEqual(lent(4, -1));
    expect(lent(0, -1)).not.toEqual(lent(1, -1));
    expect(lent(0, -2)).toEqual(lent(1, -2));
    expect(lent(5, 1)).not.toEqual(lent(4, 1));
  });

  it('reads Unicode capitals and hyphens in the shape ("Hammarskjöld", "Cheuk-yan")', () => {
    const ctx = featureContext(tokenize('Hammarskjöld HAMMARSKJÖLD hammarskjöld'), null, names);
    expect(new Set([ctx.shape[0], ctx.shape[1], ctx.shape[2]]).size).toBe(3);
    expect(ctx.capRun[0]).toBe(4 - 2); // first of a run of three capitalised words
  });

  it('tags the same with the training walk and the tagging walk', () => {
    const model = decodeModel(train(sample, settings, null, names, {}));
    for (const d of sample) {
      const ctx = featureContext(d.tokens, null, model.names);
      const fresh = runToEnd(decodeDocument(ctx, model));
      const walked = runToEnd(decodeDocument(ctx, model, () => undefined));
      expect(walked).toEqual(fresh);
    }
  });
});

describe('tagger decoding', () => {
  it('scores only tokens near a capital or a gazetteer phrase, and tags as scoring every token does', () => {
    const model = taggerModel();
    const text = [
      'The ministers said on Monday that the talks, which had stalled for months over the border and the price of gas, would resume in the spring.',
      'Officials in Kyiv and Moscow gave no details, and a spokesman for the European Commission said it was too early to judge whether the deal would hold.',
      'it was not clear what the two sides had agreed, or when, and several analysts said they expected more delays before any of it took effect.',
    ].join('\n');
    const ctx = featureContext(tokenize(text), null, model.names);
    const near = nearNames(ctx);
    expect(near.includes(0)).toBe(true);
    // A lowercase word far from any capital is left out; one two words from "Kyiv" is not.
    expect(near[ctx.tokens.findIndex((t) => t.text === 'stalled')]).toBe(0);
    expect(near[ctx.tokens.findIndex((t) => t.text === 'and')]).toBe(0);
    expect(near[ctx.tokens.findIndex((t) => t.text === 'Officials') + 1]).toBe(1);
    const spans = runToEnd(decodeDocument(ctx, model));
    expect(spans).toEqual(runToEnd(decodeDocument(ctx, model, undefined, true)));
    expect(spans.map((s) => `${ctx.tokens[s.from].text}/${s.kind}`)).toEqual(
      expect.arrayContaining(['Kyiv/LOC', 'Moscow/LOC', 'European/ORG']),
    );
  });

  it('decodes a run inside a block as following and preceding an O', () => {
    const weights = {
      offset: () => -1,
      w: [],
      scale: 1,
      // From O to B-PER is dear, B-PER to O dearer still; the block start favours B-PER.
      transitions: Float64Array.from({ length: TAGS.length ** 2 }, (_, k) => (k === 1 ? -5 : k === TAGS.length ? -5 : 0)),
      start: Float64Array.from(TAGS, (_, t) => (t === 1 ? 2 : 0)),
    };
    // One token whose emission slightly prefers B-PER.
    const em = Float64Array.from(TAGS, (_, t) => (t === 1 ? 1 : 0));
    const tags = new Uint8Array(1);
    viterbi(weights, em, 1, tags);
    expect(TAGS[tags[0]]).toBe('B-PER');
    viterbi(weights, em, 1, tags, 0, true);
    expect(TAGS[tags[0]]).toBe('O');
    viterbi(weights, em, 1, tags, 0, false, true);
    expect(TAGS[tags[0]]).toBe('O');
  });
});

describe('tagger training', () => {
  it('is deterministic: the same sample and settings give identical bytes', () => {
    const a = train(sample, settings, null, names, { note: 'x' });
    const b = train(sample, settings, null, names, { note: 'x' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(decodeModel(a).features).toBeGreaterThan(0);
  });

  it('learns its sample', () => {
    const model = decodeModel(train(sample, { ...settings, epochs: 8 }, null, names, {}));
    const ctx = featureContext(sample[1].tokens, null, model.names);
    const spans = runToEnd(decodeDocument(ctx, model)).map(
      (s) =>
        `${sample[1].tokens
          .slice(s.from, s.to)
          .map((t) => t.text)
          .join(' ')}/${s.kind}`,
    );
    expect(spans).toEqual(['Toby Jones/PER', 'Reuters/ORG', 'Kyiv/LOC', 'Cold War/MISC']);
  });
});

describe('tagger model loading', () => {
  it('refuses a file that is not a model, and a truncated one, with a reason', () => {
    expect(() => decodeModel(new TextEncoder().encode('<html>not found</html>'))).toThrow(TaggerModelError);
    const bytes = train(sample, settings, null, names, {});
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 5))).toThrow(/truncated/);
  });

  it('a missing or corrupt model gives a clear error, remembered, and the gazetteer alone keeps working', async () => {
    let calls = 0;
    const missing = createTaggerLoader(
      () => 'ext://tagger.bin',
      async () => {
        calls++;
        return new Response('', { status: 404 });
      },
    );
    const first = await missing();
    expect(first.model).toBeNull();
    expect(first.error).toMatch(/name model is missing.*only known names/i);
    await missing();
    expect(calls).toBe(1);
    const corrupt = await createTaggerLoader(
      () => 'x',
      async () => new Response(new Uint8Array([68, 84, 71, 49, 255, 0, 0, 0])),
    )();
    expect(corrupt.error).toMatch(/truncated.*only known names/i);
    const known = extract('Defense Secretary Pete Hegseth met NATO officials.', { tagger: corrupt.model ?? undefined });
    expect(known.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Pete Hegseth']));
  });
});

describe('extract with the tagger (committed model)', () => {
  const tagger = taggerModel();
  const found = (text: string) =>
    Object.fromEntries(
      extract(text, { tagger }).actors.map((a) => [
        a.name,
        { type: a.type, surfaces: a.mentions.map((m) => m.surface), articleRole: a.articleRole },
      ]),
    );

  it('keeps letters outside ASCII and hyphenated names whole', () => {
    const f = found(
      'UN spokesman Stephane Dujarric said the pro-democracy activist Lee Cheuk-yan and Dag Hammarskjöld were remembered.',
    );
    expect(f['Lee Cheuk-yan']?.type).toBe('person');
    expect(f['Dag Hammarskjöld']?.type).toBe('person');
    expect(f['Stephane Dujarric']?.surfaces).toEqual(['UN spokesman Stephane Dujarric']);
  });

  it('finds dotted and bare acronyms', () => {
    const f = found('The F.B.I. and the ACLU disagreed. The KGB ran the operation.');
    expect(['F.B.I.', 'ACLU', 'KGB'].map((n) => f[n]?.type)).toEqual(['organization', 'organization', 'organization']);
  });

  it('finds organizations with no cue word, and splits a list', () => {
    const f = found('Forza Italia, Ruptly and the Daily Maverick reported on the vote.');
    expect(f['Forza Italia']?.type).toBe('organization');
    expect(f['Daily Maverick']?.type).toBe('organization');
  });

  it('lets the longer name win over a country or party inside it', () => {
    const f = found('The Liberal Party of Canada and the New Democratic Party voted.');
    expect(Object.keys(f).sort()).toEqual(['Liberal Party of Canada', 'New Democratic Party']);
  });

  it('does not take a capitalised phrase for a person, nor its last word later', () => {
    const f = found('The Cold War ended. The war in Ukraine goes on, and the War Office is gone.');
    expect(f['Cold War']).toBeUndefined();
    expect(Object.values(f).flatMap((a) => a.surfaces)).not.toContain('War');
  });

  it('finds a person with a less common given name', () => {
    expect(found('Toby Jones and John Jones spoke in London.')['Toby Jones']?.type).toBe('person');
  });

  it('resolves a bare surname to the fully named person, and gives a credit its own person', () => {
    const f = found(
      'Maria Kowalczyk, the party leader, spoke on Monday. Kowalczyk said the vote would stand.\nStella Kim reported from Seoul.',
    );
    expect(f['Maria Kowalczyk']?.surfaces).toEqual(['Maria Kowalczyk', 'Kowalczyk']);
    expect(f['Stella Kim']?.type).toBe('person');
  });

  it('respects qualifiers: a Philippine corps is not the US one, the South China Sea is not China', () => {
    const f = found('The Philippine Marine Corps trained in the South China Sea.');
    expect(f['Philippine Marine Corps']?.type).toBe('organization');
    expect(Object.keys(f)).not.toContain('China');
    expect(Object.keys(f).filter((n) => /United States|US Marine/.test(n))).toEqual([]);
  });

  it('finds places that are not countries as places, never as actors, and a place in a menu only when the story names it', () => {
    const x = extract(
      'Russian forces shelled Kherson and the Zaporizhzhia region on Monday, and ships crossed the South China Sea.\n' +
        'Officials in Kherson said the bridge was hit.\nHome , Europe , Kherson',
      { tagger },
    );
    const places = Object.fromEntries(x.places.map((p) => [p.name, p.mentions.length]));
    expect(places).toMatchObject({ Kherson: 3, 'South China Sea': 1 });
    expect(places.Europe).toBeUndefined();
    expect(x.places.find((p) => p.name === 'Kherson')?.id).toBe('place/kherson');
    expect(x.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['Kherson', 'South China Sea', 'China']));
  });

  it('reads the role the article states for a person no list knows', () => {
    const f = found(
      'Taliban spokesman Zabihullah Mujahid said the talks would go on.\nToby Jones, a BBC correspondent, reported from Kabul.',
    );
    expect(f['Zabihullah Mujahid']?.articleRole).toBe('Taliban spokesman');
    expect(f['Toby Jones']?.articleRole).toBe('BBC correspondent');
  });

  it('reads a bare surname as the person named in full even when it is also a country', () => {
    const f = found('Film director Neil Jordan won the award on Sunday.\nJordan said the film was about war.');
    expect(f['Neil Jordan']?.surfaces).toEqual(['Neil Jordan', 'Jordan']);
    expect(f['Jordan']).toBeUndefined();
    expect(found('Jordan said the border would stay open.')['Jordan']?.type).toBe('country');
  });

  it("takes the tagger's end of a name after a title", () => {
    const f = found('North Korean Red Cross president Li Song-ho said the families would meet.');
    expect(f['Li Song-ho']?.type).toBe('person');
    expect(f['Li Song']).toBeUndefined();
  });

  it('confirms the names of a capitalised line that lists people, and no menu', () => {
    const f = found(
      'Results of the race on Sunday:\nMilo Vrana ( Lille ) , Tomek Zaluski ( Lens )\nDuffy Waldorf , Jesper Parnevik ( Sweden )\n' +
        'Home , World News , Sport',
    );
    expect(['Milo Vrana', 'Tomek Zaluski', 'Duffy Waldorf', 'Jesper Parnevik'].map((n) => f[n]?.type)).toEqual([
      'person',
      'person',
      'person',
      'person',
    ]);
    expect(Object.keys(f).sort()).toEqual(['Duffy Waldorf', 'Jesper Parnevik', 'Milo Vrana', 'Sweden', 'Tomek Zaluski']);
  });

  it('takes no form of address or clause for a role, and reads a longer appositive', () => {
    const f = found(
      'Mr. Elliot Marsh said little.\nToby Jones, who advises the Defense Minister, spoke.\n' +
        'Anna Weller, a senior fellow at the Lowell Institute for Security Studies in Boston, said so.',
    );
    expect(f['Elliot Marsh']?.type).toBe('person');
    expect(f['Elliot Marsh']?.articleRole).toBeUndefined();
    expect(f['Toby Jones']?.type).toBe('person');
    expect(f['Toby Jones']?.articleRole).toBeUndefined();
    expect(f['Anna Weller']?.articleRole).toBe('senior fellow at the Lowell Institute for Security Studies in Boston');
  });
});
