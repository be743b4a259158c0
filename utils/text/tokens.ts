/**
 * The tokenizer every phrase matcher shares: runs of letters/digits are words, every
 * other non-space character is a token of its own. "US-Russia" is US, -, Russia;
 * "U.S." is U, ., S, . — patterns are tokenized the same way, so they meet.
 */
export interface Token {
  /** The token as it stands in the text. */
  text: string;
  /** Lowercased, the key for matching. */
  key: string;
  start: number;
  end: number;
  /** True when only white space (no line break) separates it from the previous token. */
  joined: boolean;
  /** True for the first token after a "\n" (a new block: headline, paragraph, caption). */
  blockStart: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

/** Splits `text` into tokens with UTF-16 offsets; `text.slice(t.start, t.end) === t.text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const gap = text.slice(prevEnd, m.index);
    const word = m[0];
    tokens.push({
      text: word,
      key: word === '’' || word === '‘' ? "'" : word.toLowerCase(),
      start: m.index,
      end: m.index + word.length,
      joined: tokens.length > 0 && !gap.includes('\n'),
      blockStart: tokens.length === 0 || gap.includes('\n'),
    });
    prevEnd = m.index + word.length;
  }
  return tokens;
}

/** The lowercased token keys of a phrase, as `tokenize` would give them. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
