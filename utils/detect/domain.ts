/**
 * How much a text is about geopolitics, security, conflict or cyber operations: topic
 * terms from the shared lexicon plus a short list of state actors, per thousand words.
 * Deliberately small: the gazetteer lives in the extractor, loaded only after a yes.
 */
import { PhraseTrie } from '@/utils/text/phrase-trie';
import { tokenize, type Token } from '@/utils/text/tokens';
import { TOPICS, variants, type TopicEntry } from '@/utils/topics/lexicon';

/** Topics that mark the domain strongly; consumer cybersecurity or protests alone do not. */
const TOPIC_WEIGHT: Record<string, number> = {
  'cyber-operations': 1.5,
  'national-security': 1.5,
  military: 1,
  'armed-conflict': 0.8,
  diplomacy: 1,
  sanctions: 1.2,
  'elections-interference': 0.6,
  intelligence: 1,
  terrorism: 1.2,
  nuclear: 0.8,
  cybersecurity: 0.3,
  'human-rights': 0.4,
};

// Capitalised state actors: only their exact spelling counts ("Russia", not "russia").
const STATE_ACTORS = [
  'Russia',
  'Ukraine',
  'China',
  'Iran',
  'Israel',
  'North Korea',
  'Syria',
  'Afghanistan',
  'Iraq',
  'Taiwan',
  'Gaza',
  'Kremlin',
  'Pentagon',
  'NATO',
  'United Nations',
  'Security Council',
  'White House',
  'State Department',
  'Taliban',
  'Hamas',
  'Hezbollah',
  'Houthis',
  'Islamic State',
  'ISIS',
  'al-Qaeda',
  'CIA',
  'FBI',
  'NSA',
  'GRU',
  'FSB',
  'Cyber Command',
  'Defense Department',
  'Ministry of Defence',
  'Foreign Ministry',
  'Beijing',
  'Moscow',
  'Tehran',
  'Kyiv',
  'Pyongyang',
  'Damascus',
  'Kabul',
  'Zelensky',
  'Putin',
  'Xi Jinping',
  'Netanyahu',
  'Khamenei',
];

/**
 * The vocabulary of business and economy stories. An economy story "amid the war" is out
 * of the domain (corpus label rules); where these words outnumber the domain's, the story
 * is about the economy.
 */
const ECONOMY = `economy economic economies economist economists inflation gdp growth market markets investor investors
stock stocks shares interest rate rates central bank banks recession price prices earnings revenue profit profits
bond bonds fiscal monetary exports imports`.split(/\s+/);

/** One lexicon for the single pass over the text: topic terms, state actors, economy words. */
type Term = { kind: 'topic'; topic: TopicEntry } | { kind: 'actor'; name: string } | { kind: 'economy' };

let trie: PhraseTrie<Term> | null = null;
function domainTrie(): PhraseTrie<Term> {
  if (!trie) {
    trie = new PhraseTrie();
    for (const topic of TOPICS)
      for (const term of [...topic.terms, ...(topic.cues ?? [])])
        for (const v of variants(term)) trie.add(v, { kind: 'topic', topic });
    for (const name of STATE_ACTORS) trie.add(name, { kind: 'actor', name });
    for (const w of ECONOMY) trie.add(w, { kind: 'economy' });
  }
  return trie;
}

interface Tally {
  /** Topic weight summed over mentions (TOPIC_WEIGHT). */
  weight: number;
  topics: Map<string, number>;
  actors: number;
  economy: number;
}

/** Counts every term in one pass, longest match first; state actors must match in case. */
function tally(tokens: readonly Token[]): Tally {
  const t: Tally = { weight: 0, topics: new Map(), actors: 0, economy: 0 };
  const accept = (term: Term, from: number) =>
    term.kind !== 'actor' || tokens[from].text === term.name.slice(0, tokens[from].text.length);
  const lexicon = domainTrie();
  for (let i = 0; i < tokens.length;) {
    const hit = lexicon.longestAt(tokens, i, accept);
    if (!hit) {
      i++;
      continue;
    }
    const term = hit.values[0];
    if (term.kind === 'topic') {
      t.weight += TOPIC_WEIGHT[term.topic.id] ?? 0.5;
      t.topics.set(term.topic.name, (t.topics.get(term.topic.name) ?? 0) + 1);
    } else if (term.kind === 'actor') t.actors++;
    else t.economy++;
    i = hit.to;
  }
  return t;
}

export interface DomainEvidence {
  /** Weighted hits per thousand words. */
  density: number;
  /** Raw count per topic name, most frequent first. */
  topics: [string, number][];
  stateActors: number;
  /** Weighted hits in the title alone. */
  titleHits: number;
  /** Economy and markets words per thousand words. */
  economy: number;
}

/** Evidence for the domain score of a body text (of `words` words) and its title. */
export function domainEvidence(text: string, title: string, words: number): DomainEvidence {
  const body = tally(tokenize(text));
  const head = tally(tokenize(title));
  const per1000 = (n: number) => (n / Math.max(words, 150)) * 1000;
  return {
    density: per1000(body.weight + 0.4 * body.actors + 3 * (head.weight + 0.4 * head.actors)),
    topics: [...body.topics].sort((a, b) => b[1] - a[1]),
    stateActors: body.actors,
    titleHits: head.weight + head.actors,
    economy: per1000(body.economy),
  };
}

/**
 * The domain decision on the evidence: dense enough in domain terms, with at least
 * `minTopics` distinct topics (or a hit in the title), and not mostly an economy story.
 */
export function isInDomain(e: DomainEvidence, threshold: number, minTopics = 2): boolean {
  return e.density >= threshold && (e.topics.length >= minTopics || e.titleHits > 0) && e.economy <= e.density;
}
