/**
 * A trie over token keys: one pass over a token stream finds every phrase of a lexicon,
 * longest match first, in time linear in the text (no regular expression per entry).
 */
import { phraseKeys, type Token } from './tokens';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface PhraseHit<T> {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  values: T[];
}

export class PhraseTrie<T> {
  private root: TrieNode<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): void {
    let node = this.root;
    for (const key of phraseKeys(phrase)) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), values: [] }));
      node = child;
    }
    if (node !== this.root) node.values.push(value);
  }

  /** Whether a phrase was added (with any value). */
  has(phrase: string): boolean {
    let node: TrieNode<T> | undefined = this.root;
    for (const key of phraseKeys(phrase)) if (!(node = node.next.get(key))) return false;
    return node.values.length > 0;
  }

  /**
   * The longest phrase starting at token `from` whose values pass `accept` (given the
   * tokens it spans), or null. Phrases never cross a block boundary.
   */
  longestAt(
    tokens: readonly Token[],
    from: number,
    accept: (value: T, from: number, to: number) => boolean,
  ): PhraseHit<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseHit<T> | null = null;
    for (let i = from; i < tokens.length; i++) {
      if (i > from && tokens[i].blockStart) break;
      node = node.next.get(tokens[i].key);
      if (!node) break;
      if (node.values.length) {
        const ok = node.values.filter((v) => accept(v, from, i + 1));
        if (ok.length) best = { from, to: i + 1, values: ok };
      }
    }
    return best;
  }
}
