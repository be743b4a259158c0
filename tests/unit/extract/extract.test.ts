import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { analyzePage } from '@/utils/pipeline/analyze-page';
import { documentFromHtml } from '../../../scripts/lib/load-page';

const names = (text: string, opts = {}) =>
  Object.fromEntries(extract(text, opts).actors.map((a) => [a.name, a.mentions.map((m) => m.surface)]));

describe('extract', () => {
  it('finds exactly the gold actors of the seed article, grouped as in the gold', () => {
    const html = readFileSync(new URL('../../../../shared/corpus/pages/seed-article.html', import.meta.url), 'utf8');
    const gold = JSON.parse(readFileSync(new URL('../../../../shared/corpus/gold/seed-article.json', import.meta.url), 'utf8'));
    const { extraction } = analyzePage(documentFromHtml(html));
    const got = Object.fromEntries(
      extraction!.actors.map((a) => [a.name, [...new Set(a.mentions.map((m) => m.surface))].sort()]),
    );
    const want = Object.fromEntries(
      gold.actors.map((a: { name: string; mentions: string[] }) => [a.name, [...a.mentions].sort()]),
    );
    expect(got).toEqual(want);
  });

  it('makes one person mention of a title and a name, and joins the surname to it', () => {
    const found = names('Ukrainian President Zelensky arrived. Later, Zelensky spoke to Gen. Mark Milley.');
    expect(found['Volodymyr Zelensky']).toEqual(['Ukrainian President Zelensky', 'Zelensky']);
    expect(found['Mark Milley']).toEqual(['Gen. Mark Milley']);
  });

  it('never takes "President" alone, months, weekdays or sentence openers for actors', () => {
    expect(names('The President said on Monday in March that The talks would go on.')).toEqual({});
  });

  it('splits "US-Russia" and keeps the adjective "Russian" out', () => {
    expect(names('US-Russia relations worsened over Russian hackers.')).toEqual({
      'United States': ['US'],
      Russia: ['Russia'],
    });
  });

  it('counts a capital as its government only in a government context', () => {
    expect(names('He lives in Moscow.')).toEqual({});
    expect(names('Analysts in Kyiv and Moscow cautioned that the deal was fragile.')).toEqual({});
    expect(names('Moscow said it would respond, and talks with Beijing resumed.')).toEqual({
      Russia: ['Moscow'],
      China: ['Beijing'],
    });
    expect(names('WASHINGTON – The talks resumed.')).toEqual({});
  });

  it('reads possessives and demonym government phrases', () => {
    expect(names('Hegseth’s order reached the Afghan government.')).toEqual({
      'Pete Hegseth': ['Hegseth'],
      Afghanistan: ['Afghan government'],
    });
  });

  it('leaves Title Case headlines to the gazetteer', () => {
    expect(names('Trump’s Defense Secretary Halts Offensive Cyberoperations Against Russia')).toEqual({
      'Donald Trump': ['Trump'],
      Russia: ['Russia'],
    });
  });

  it('guesses unknown people and organizations by the shape of their names', () => {
    const found = extract('Analyst Maria Kowalczyk of the Kohelet Policy Forum spoke. Kowalczyk added more.').actors;
    expect(found.map((a) => [a.name, a.type, a.guessed, a.mentions.map((m) => m.surface)])).toEqual([
      ['Maria Kowalczyk', 'person', true, ['Maria Kowalczyk', 'Kowalczyk']],
      ['Kohelet Policy Forum', 'organization', true, ['Kohelet Policy Forum']],
    ]);
  });

  it("reads initials, middle initials and O' names as parts of a person's name", () => {
    const found = names("The wickets fell to S. Waugh and George W. Bush watched with Keith O'Neill on the stand.");
    expect(found['S. Waugh']).toEqual(['S. Waugh']);
    expect(found["Keith O'Neill"]).toEqual(["Keith O'Neill"]);
    expect(Object.values(found).flat()).toContain('George W. Bush');
  });

  it('does not take "U.S." letters or "S. Korea" for initials', () => {
    const found = extract('Officials of the U.S. Army met envoys from S. Korea and N. Korean diplomats.').actors;
    expect(found.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('takes a common surname alone for a known person only after the full name', () => {
    expect(names('Ahmed said the talks had failed, and Graham agreed.')).toEqual({});
    expect(names('Lindsey Graham spoke first. Later, Graham agreed.')['Lindsey Graham']).toEqual(['Lindsey Graham', 'Graham']);
  });

  it('takes an unknown full name for a person when the story goes on with the surname alone', () => {
    const text = 'Jesper Parnevik took the lead in Sweden. After the round, officials praised Parnevik for his calm.';
    expect(names(text)['Jesper Parnevik']).toEqual(['Jesper Parnevik', 'Parnevik']);
  });

  it("does not count a name's own last word as its surname standing alone", () => {
    expect(names('Rebels known as Maghawir al Thawra fought on.')).toEqual({});
  });

  it('does not take teams, places or regions repeated alone for people', () => {
    const text =
      'Fans of the New York Yankees cheered as the Yankees won. Troops in Southeast Asian states met; Asian leaders agreed. Aid reached Grozny Chechnya and stayed in Chechnya.';
    expect(extract(text).actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('joins "Mr. Bashir" to "Omar Hassan al-Bashir"', () => {
    const found = names('Sudan ousted Omar Hassan al-Bashir in 2019. Mr. Bashir was later tried.');
    expect(Object.keys(found).filter((n) => n.includes('Bashir'))).toHaveLength(1);
  });

  it('reads names in lines of names and figures, which are not headlines', () => {
    const found = names('Leading scores after the first round:\nColin Montgomerie (Scotland) 68 69\nNolan Henke (U.S.) 70 71');
    expect(found['Colin Montgomerie']).toEqual(['Colin Montgomerie']);
    expect(names('Colin Montgomerie Leads The Open')).toEqual({});
  });

  it('leaves photographers credited under a picture alone, and reads a middle initial', () => {
    const found = names(
      'Doctors examine a child on Oct. 21, 2023. Photo: Ali Jadallah/Anadolu via Getty Images. Reporter Abby D. Phillip asked again.',
    );
    expect(Object.keys(found)).toEqual(['Abby D. Phillip']);
  });

  it('joins a family name written first to the full name ("Wang Junxia" … "Wang")', () => {
    expect(names("China's Wang Junxia won the race in Beijing. Afterwards, Wang thanked her coach.")['Wang Junxia']).toEqual([
      'Wang Junxia',
      'Wang',
    ]);
  });

  it('reads score lines with lowercase notation as text, not as headlines', () => {
    const found = names('England were all out for 326.\nC. Lewis b Wasim Akram 5\nM. Atherton c Moin Khan b Wasim Akram 31');
    expect(found['C. Lewis']).toEqual(['C. Lewis']);
    expect(found['Wasim Akram']).toEqual(['Wasim Akram', 'Wasim Akram']);
  });

  it("does not take a known surname inside another person's name, outside headlines", () => {
    const found = extract('Portugal picked Rui Costa and Jorge Costa for the match.').actors;
    expect(found.find((a) => a.id === 'person/antonio-costa')).toBeUndefined();
    expect(names('Costa Warns Brussels Over Budget')).toHaveProperty('Antonio Costa');
  });

  it('joins "O\'Brien" alone to the full name, apostrophe and all', () => {
    expect(names("Ireland's Keith O'Brien scored twice. Afterwards, O'Brien praised the crowd.")["Keith O'Brien"]).toEqual([
      "Keith O'Brien",
      "O'Brien",
    ]);
  });

  it('marks where the name starts after a title', () => {
    const [m] = extract('Ukrainian President Zelensky arrived.').actors[0].mentions;
    expect('Ukrainian President Zelensky arrived.'.slice(m.nameStart, m.end)).toBe('Zelensky');
  });

  it('gives mentions whose offsets point at their surface', () => {
    const text = 'Russia and the Pentagon.\nNATO met in Brussels; APT28 (Fancy Bear) struck.';
    for (const a of extract(text).actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(names(text)).toEqual({ Russia: ['Russia'], Pentagon: ['Pentagon'], NATO: ['NATO'], APT28: ['APT28', 'Fancy Bear'] });
  });

  it('honours hidden names and the reader watch-list', () => {
    const opts = {
      hiddenNames: ['Pentagon'],
      customActors: [{ id: 'custom/1', name: 'Blue Harbor Group', type: 'group' as const, aliases: ['BHG'] }],
    };
    expect(names('The Pentagon tracked BHG, also called Blue Harbor Group.', opts)).toEqual({
      'Blue Harbor Group': ['BHG', 'Blue Harbor Group'],
    });
  });

  it('hides the whole actor when one of its wordings is hidden, and keeps topics off its words', () => {
    const text = 'APT28 struck again. Fancy Bear, as the group is also known, denied it.';
    expect(names(text, { hiddenNames: ['Fancy Bear'] })).toEqual({});
    expect(names(text, { hiddenNames: ['APT28'] })).toEqual({});
    const troops = 'American troops left Kabul. Later, American troops returned.';
    const shown = extract(troops);
    const hidden = extract(troops, {
      hiddenNames: shown.actors.filter((a) => a.mentions.some((m) => m.surface === 'American troops')).map((a) => a.name),
    });
    expect(shown.actors.some((a) => a.mentions.some((m) => m.surface === 'American troops'))).toBe(true);
    expect(hidden.actors.some((a) => a.mentions.some((m) => m.surface === 'American troops'))).toBe(false);
    expect(hidden.topics.flatMap((t) => t.mentions.map((m) => m.surface))).not.toContain('troops');
  });

  it("finds the reader's own topics with their other names, as topics and not actors", () => {
    const opts = {
      customActors: [{ id: 'custom/t1', name: 'undersea cables', type: 'topic' as const, aliases: ['subsea cable'] }],
    };
    const found = extract('Sabotage of undersea cables in the Baltic worried NATO; a subsea cable was cut.', opts);
    expect(found.topics.find((t) => t.id === 'custom/t1')?.mentions.map((m) => m.surface)).toEqual([
      'undersea cables',
      'subsea cable',
    ]);
    expect(found.actors.map((a) => a.name)).toEqual(['NATO']);
  });

  it('drops agency credits but keeps agencies acting in the story', () => {
    expect(names('KABUL (Reuters) - Talks resumed.')).toEqual({});
    expect(names('Reuters reported that talks resumed.')).toEqual({ Reuters: ['Reuters'] });
  });

  it('finds topics with inflections and longest match, without overlapping actors', () => {
    const { topics } = extract('Offensive cyberoperations and cyber-attacks rose; national security suffered.');
    expect(Object.fromEntries(topics.map((t) => [t.id, t.mentions.map((m) => m.surface)]))).toEqual({
      'cyber-operations': ['Offensive cyberoperations', 'cyber-attacks'],
      'national-security': ['national security'],
    });
  });
});
