/**
 * How much a text is about geopolitics, security, conflict or cyber operations: topic
 * terms from the shared lexicon plus a short list of state actors, per thousand words.
 * Deliberately small: the gazetteer lives in the extractor, loaded only after a yes.
 */
import { findTopics } from '@/utils/topics';
import { PhraseTrie } from '@/utils/text/phrase-trie';
import { tokenize, type Token } from '@/utils/text/tokens';

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
  'Russia', 'Ukraine', 'China', 'Iran', 'Israel', 'North Korea', 'Syria', 'Afghanistan', 'Iraq', 'Taiwan', 'Gaza',
  'Kremlin', 'Pentagon', 'NATO', 'United Nations', 'Security Council', 'White House', 'State Department',
  'Taliban', 'Hamas', 'Hezbollah', 'Houthis', 'Islamic State', 'ISIS', 'al-Qaeda', 'CIA', 'FBI', 'NSA', 'GRU', 'FSB',
  'Cyber Command', 'Defense Department', 'Ministry of Defence', 'Foreign Ministry', 'Beijing', 'Moscow', 'Tehran',
  'Kyiv', 'Pyongyang', 'Damascus', 'Kabul', 'Zelensky', 'Putin', 'Xi Jinping', 'Netanyahu', 'Khamenei',
];

let actorTrie: PhraseTrie<string> | null = null;
function actors(): PhraseTrie<string> {
  if (!actorTrie) {
    actorTrie = new PhraseTrie();
    for (const a of STATE_ACTORS) actorTrie.add(a, a);
  }
  return actorTrie;
}

export interface DomainEvidence {
  /** Weighted hits per thousand words. */
  density: number;
  /** Raw count per topic name, most frequent first. */
  topics: [string, number][];
  stateActors: number;
  /** Weighted hits in the title alone. */
  titleHits: number;
}

function weightedTopics(text: string, tokens: readonly Token[]) {
  const topics = findTopics(text, tokens);
  let weight = 0;
  for (const t of topics) weight += (TOPIC_WEIGHT[t.id] ?? 0.5) * t.mentions.length;
  return { topics, weight };
}

function countActors(tokens: readonly Token[]): number {
  const trie = actors();
  let n = 0;
  for (let i = 0; i < tokens.length; ) {
    const hit = trie.longestAt(tokens, i, (name, from) => tokens[from].text === name.slice(0, tokens[from].text.length));
    if (hit) {
      n++;
      i = hit.to;
    } else i++;
  }
  return n;
}

/** Evidence for the domain score of a body text (of `words` words) and its title. */
export function domainEvidence(text: string, title: string, words: number): DomainEvidence {
  const bodyTokens = tokenize(text);
  const titleTokens = tokenize(title);
  const body = weightedTopics(text, bodyTokens);
  const head = weightedTopics(title, titleTokens);
  const stateActors = countActors(bodyTokens);
  const titleActors = countActors(titleTokens);
  const weighted = body.weight + 0.4 * stateActors + 3 * (head.weight + 0.4 * titleActors);
  return {
    density: (weighted / Math.max(words, 150)) * 1000,
    topics: body.topics
      .map((t): [string, number] => [t.name, t.mentions.length])
      .sort((a, b) => b[1] - a[1]),
    stateActors,
    titleHits: head.weight + titleActors,
  };
}
