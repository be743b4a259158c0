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
  /** True for the first token after a "\n" (a new block: headline, paragraph, caption). */
  blockStart: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

/** Splits `text` into tokens with UTF-16 offsets; `text.slice(t.start, t.end) === t.text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The next line break at or after the previous token: a token past it starts a block.
  let nextBreak = text.indexOf('\n');
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const newBlock = tokens.length === 0 || (nextBreak !== -1 && nextBreak < start);
    tokens.push({
      text: word,
      key: word === '’' || word === '‘' ? "'" : word.toLowerCase(),
      start,
      end: start + word.length,
      blockStart: newBlock,
    });
    if (nextBreak !== -1 && nextBreak < start + word.length) nextBreak = text.indexOf('\n', start + word.length);
  }
  return tokens;
}

/** The lowercased token keys of a phrase, as `tokenize` would give them. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
