/**
 * The knowledge base in memory: entries from `public/kb/actors.tsv` (format.ts), looked
 * up in constant time per candidate name. `facts(name)` finds an entry by any of its names
 * (shown or matched, accents and case ignored); `matcher` finds matchable names in a token
 * stream for the extractor, with the same `longestAt` contract as a `PhraseTrie`: the longest
 * name starting at a token, never across a block, within `MAX_TOKENS` tokens.
 * Building the index does no tokenizing for plain names (letters, digits, spaces): loading
 * must stay well under 50 ms in a page.
 */
import { decodeKb, type KbEntry } from './format';
import { nameKey } from './text';
import { phraseKeys, tokenize, type Token } from '@/utils/text/tokens';
import type { Phrase } from '@/utils/extract/gazetteer';
import type { PhraseHit } from '@/utils/text/phrase-trie';

const MAX_TOKENS = 12;
const PLAIN = /^[\p{L}\p{N} ]+$/u;

/** The token keys of a name joined by spaces, as a text's tokens would give them. */
const tokenKey = (name: string) => (PLAIN.test(name) ? name.toLowerCase().replace(/ +/g, ' ').trim() : phraseKeys(name).join(' '));

export class KnowledgeBase {
  readonly entries: readonly KbEntry[];
  private readonly byName = new Map<string, KbEntry>();
  private readonly byToken = new Map<string, { entry: KbEntry; surface: string }>();
  private readonly firstKeys = new Set<string>();
  private readonly phrases = new Map<string, Phrase>();

  constructor(entries: readonly KbEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      this.index(e, e.name, e.nameMatches);
      for (const a of e.aliases) this.index(e, a.startsWith('~') ? a.slice(1) : a, !a.startsWith('~'));
    }
  }

  static parse(text: string): KnowledgeBase {
    return new KnowledgeBase(decodeKb(text));
  }

  private index(entry: KbEntry, surface: string, matches: boolean): void {
    const key = nameKey(surface);
    if (!this.byName.has(key)) this.byName.set(key, entry);
    if (!matches) return;
    const tk = tokenKey(surface);
    this.byToken.set(tk, { entry, surface });
    const space = tk.indexOf(' ');
    this.firstKeys.add(space < 0 ? tk : tk.slice(0, space));
  }

  /** The entry one of whose names is `name` (case and accents ignored), or undefined. */
  facts(name: string): KbEntry | undefined {
    return this.byName.get(nameKey(name));
  }

  /** Number of names the matcher knows. */
  get matchableCount(): number {
    return this.byToken.size;
  }

  private phrase(entry: KbEntry, surface: string): Phrase {
    const k = `${entry.id}\t${surface}`;
    let p = this.phrases.get(k);
    if (!p) {
      const role = cardRole(entry);
      p = { entry: { id: entry.id, name: entry.name, type: entry.type, ...(role ? { role } : {}) }, kind: 'name', tokens: tokenize(surface).map((t) => t.text) };
      this.phrases.set(k, p);
    }
    return p;
  }

  /** Same contract as `PhraseTrie.longestAt`. */
  longestAt(tokens: readonly Token[], from: number, accept: (value: Phrase, from: number, to: number) => boolean): PhraseHit<Phrase> | null {
    if (!this.firstKeys.has(tokens[from].key)) return null;
    let key = '';
    let best: PhraseHit<Phrase> | null = null;
    for (let i = from; i < tokens.length && i < from + MAX_TOKENS; i++) {
      if (i > from && tokens[i].blockStart) break;
      key = i === from ? tokens[i].key : `${key} ${tokens[i].key}`;
      const hit = this.byToken.get(key);
      if (!hit) continue;
      const p = this.phrase(hit.entry, hit.surface);
      if (accept(p, from, i + 1)) best = { from, to: i + 1, values: [p] };
    }
    return best;
  }
}

/** The one-line role with its years and "former": "Former Prime Minister of X (2017–2020)". */
export function cardRole(e: Pick<KbEntry, 'role' | 'years' | 'former'>): string {
  if (!e.role) return '';
  const role = e.former && !/^former /i.test(e.role) ? `Former ${e.role}` : e.role;
  return e.years ? `${role} (${e.years})` : role;
}
