/**
 * Topic mentions in text: one pass over tokens with a trie of every topic term,
 * case-insensitive, longest match, whole words only.
 */
import type { TopicResult } from '@/utils/extract/types';
import { PhraseTrie } from '@/utils/text/phrase-trie';
import { tokenize, type Token } from '@/utils/text/tokens';
import { runToEnd, type Steps } from '@/utils/schedule/slices';
import { TOPICS, variants, type TopicEntry } from './lexicon';

export { TOPICS, type TopicEntry };

let trie: PhraseTrie<TopicEntry> | null = null;

function topicTrie(): PhraseTrie<TopicEntry> {
  if (!trie) {
    trie = new PhraseTrie();
    for (const topic of TOPICS) for (const term of topic.terms) for (const v of variants(term)) trie.add(v, topic);
  }
  return trie;
}

const always = () => true;

/**
 * Every topic with its mentions (exact surfaces, in text order). Pass `tokens` when the
 * caller already tokenized `text`, to avoid doing it twice.
 */
export function findTopics(text: string, tokens: readonly Token[] = tokenize(text)): TopicResult[] {
  return runToEnd(topicSteps(text, tokens));
}

const customTries = new Map<string, PhraseTrie<TopicEntry>>();

/** The built-in topic trie, or one that also holds the reader's own topics. */
function trieWith(extra: readonly TopicEntry[]): PhraseTrie<TopicEntry> {
  if (!extra.length) return topicTrie();
  const key = JSON.stringify(extra);
  let trie = customTries.get(key);
  if (!trie) {
    if (customTries.size > 8) customTries.clear();
    trie = new PhraseTrie();
    for (const topic of [...extra, ...TOPICS])
      for (const term of topic.terms) for (const v of variants(term.toLowerCase())) trie.add(v, topic);
    customTries.set(key, trie);
  }
  return trie;
}

/**
 * `findTopics` as steps that may pause every few thousand tokens (same result). `extra`
 * topics (the reader's watch-list) are matched like built-in ones and win a tie.
 */
export function* topicSteps(text: string, tokens: readonly Token[], extra: readonly TopicEntry[] = []): Steps<TopicResult[]> {
  const found = new Map<string, TopicResult>();
  const t = trieWith(extra);
  for (let i = 0, step = 0; i < tokens.length;) {
    if (++step % 2048 === 0) yield;
    const hit = t.longestAt(tokens, i, always);
    if (!hit) {
      i++;
      continue;
    }
    const topic = hit.values[0];
    const start = tokens[hit.from].start;
    const end = tokens[hit.to - 1].end;
    let result = found.get(topic.id);
    if (!result) found.set(topic.id, (result = { id: topic.id, name: topic.name, mentions: [] }));
    result.mentions.push({ start, end, surface: text.slice(start, end) });
    i = hit.to;
  }
  return [...found.values()];
}
