/**
 * The knowledge base in memory: entries from `public/kb/actors.tsv` (format.ts), looked
 * up in constant time per candidate name. `facts(name)` finds an entry by any of its names
 * (shown or matched, accents and case ignored); `matcher` finds matchable names in a token
 * stream for the extractor, with the same `longestAt` contract as a `PhraseTrie`: the longest
 * name starting at a token, never across a block, within `MAX_TOKENS` tokens.
 * Loading must stay well under 50 ms in a page, so the index does no tokenizing, no regular
 * expression and no accent folding per name (the compiler ships folded spellings as
 * aliases): a name's key is its lowercase text, and a candidate's key is the lowercase text
 * the tokens span. A token stream is probed further only where its first two tokens open a
 * known name, so common first words ("The", "National") cost a lookup or two.
 */
import { decodeKb, type KbEntry } from './format';
import { tokenize, type Token } from '@/utils/text/tokens';
import type { Phrase } from '@/utils/extract/gazetteer';
import type { PhraseHit } from '@/utils/text/phrase-trie';

const MAX_TOKENS = 12;

/** Characters that end a word token (the tokenizer's punctuation, as names use it). */
const isBreak = (c: number) => c === 32 || c === 45 || c === 39 || c === 46 || c === 40 || c === 41 || c === 44 || c === 38 || c === 47 || c === 58 || c === 0x2019 || c === 0x2010;

/** End of the token of `s` starting at `i` (a punctuation mark is a token of its own). */
function tokenEnd(s: string, i: number): number {
  if (isBreak(s.charCodeAt(i))) return i + 1;
  while (i < s.length && !isBreak(s.charCodeAt(i))) i++;
  return i;
}

/** The lowercase text of a candidate's tokens, single spaces between words. */
const spanKey = (text: string) => (text.includes('  ') || /[\t\u00a0]/.test(text) ? text.replace(/\s+/g, ' ') : text).toLowerCase();

export class KnowledgeBase {
  readonly entries: readonly KbEntry[];
  private readonly byName = new Map<string, KbEntry>();
  private readonly byToken = new Map<string, { entry: KbEntry; surface: string }>();
  /** Key prefixes of matchable names up to the end of their second token ("al-", "edi rama"). */
  private readonly openers = new Set<string>();
  /** First tokens of matchable names. */
  private readonly firsts = new Set<string>();
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
    const key = surface.toLowerCase();
    if (!this.byName.has(key)) this.byName.set(key, entry);
    if (!matches) return;
    this.byToken.set(key, { entry, surface });
    const first = tokenEnd(key, 0);
    this.firsts.add(key.slice(0, first));
    let second = first;
    while (key.charCodeAt(second) === 32) second++;
    if (second < key.length) this.openers.add(key.slice(0, tokenEnd(key, second)));
  }

  /** The entry one of whose names is `name` (case and accents ignored), or undefined. */
  facts(name: string): KbEntry | undefined {
    const key = spanKey(name.trim());
    return this.byName.get(key) ?? this.byName.get(key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
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
    if (!this.firsts.has(tokens[from].key)) return null;
    const text = tokens[from].text;
    let best: PhraseHit<Phrase> | null = null;
    for (let i = from; i < tokens.length && i < from + MAX_TOKENS; i++) {
      if (i > from && tokens[i].blockStart) break;
      const key = i === from ? tokens[from].key : spanKey(joinTokens(tokens, from, i, text));
      if (i === from + 1 && !this.openers.has(key)) break;
      const hit = this.byToken.get(key);
      if (!hit) continue;
      const p = this.phrase(hit.entry, hit.surface);
      if (accept(p, from, i + 1)) best = { from, to: i + 1, values: [p] };
    }
    return best;
  }
}

/** The text tokens [from, to] span, with one space wherever the text had space between them. */
function joinTokens(tokens: readonly Token[], from: number, to: number, first: string): string {
  let out = first;
  for (let k = from + 1; k <= to; k++) out += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return out;
}

/** The one-line role with its years and "former": "Former Prime Minister of X (2017–2020)". */
export function cardRole(e: Pick<KbEntry, 'role' | 'years' | 'former'>): string {
  if (!e.role) return '';
  const role = e.former && !/^former /i.test(e.role) ? `Former ${e.role}` : e.role;
  return e.years ? `${role} (${e.years})` : role;
}
