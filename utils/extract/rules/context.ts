/**
 * Context rules over tokens: headline case, sentence starts, capitals standing for their
 * governments.
 */
import type { Token } from '@/utils/text/tokens';

const UPPER_FIRST = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;

/** Small words a Title Case headline leaves in lowercase. */
export const MINOR = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'over',
  'per',
  'the',
  'to',
  'vs',
  'with',
  'amid',
  'after',
  'before',
  's',
  't',
]);

// ASCII first: these run on every token, and a regex test per token is most of their cost.
export const isCapitalized = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(t.text);
};
export const isWord = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD.test(t.text);
};

/**
 * Marks the tokens of blocks written in Title Case (headlines, subheads), where a
 * capital letter says nothing about names: only the gazetteer may find actors there.
 * Lines of names and figures (results, scores, tables) are not headlines.
 */
export function titleCaseTokens(tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let start = 0;
  const close = (end: number) => {
    let words = 0;
    let caps = 0;
    let nums = 0;
    for (let i = start; i < end; i++) {
      const t = tokens[i];
      if (/^\d/.test(t.text)) nums++;
      if (!isWord(t) || MINOR.has(t.key) || /^\d/.test(t.text)) continue;
      words++;
      if (isCapitalized(t)) caps++;
    }
    // Numbers with lowercase words among names, or two numbers or more: a table row, a
    // score line or a dateline ("C. Lewis b Wasim Akram 5"), not a headline.
    const figures = nums >= 2 || (nums === 1 && caps < words);
    if (words >= 3 && caps / words >= 0.75 && !figures) marks.fill(1, start, end);
  };
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].blockStart) {
      close(i);
      start = i;
    }
  }
  close(tokens.length);
  return marks;
}

/** True when token i begins a sentence (block start, or after . ! ? : or an opening quote). */
export function sentenceStart(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /^["“‘'([]$/.test(tokens[j].text)) j--;
  if (j < 0 || tokens[j + 1].blockStart) return true;
  return /^[.!?:;–—-]$/.test(tokens[j].text) || tokens[i].blockStart;
}

const GOV_VERBS = new Set(
  `said says say has have had is was will would could should may might must warned warns
accused accuses denied denies rejected rejects insisted insists claimed claims announced announces responded
responds wants wanted sees saw believes believed threatened threatens demanded demands agreed agrees signed signs
sought seeks imposed imposes condemned condemns welcomed welcomes urged urges backed backs supports supported
blamed blames ordered orders refused refuses considers considered called calls launched launches plans planned
hopes fears argued argues expelled expels vowed vows retaliated retaliates recognized recognised struck strikes
attacked attacks sent sends offered offers pushed pushes pressed presses declined declines approved approves
confirmed confirms stated states reiterated reiterates summoned summons hit`.split(/\s+/),
);
const GOV_BEFORE = new Set([
  'with',
  'against',
  'between',
  'by',
  'and',
  'toward',
  'towards',
  'pressure',
  'accused',
  'urged',
  'told',
]);
const LOCATIVE = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'across',
  'around',
  'outside',
  'inside',
  'into',
  'via',
  'through',
  'visited',
  'visit',
  'flew',
  'arrived',
  'based',
]);

/** True when the run of names (and "and"/"or"/commas) ending before `from` follows a place word: "in Kyiv and Moscow". */
function placeList(tokens: readonly Token[], from: number): boolean {
  let j = from - 1;
  while (
    j >= 0 &&
    !tokens[j + 1].blockStart &&
    (isCapitalized(tokens[j]) || tokens[j].key === 'and' || tokens[j].key === 'or' || tokens[j].key === ',')
  )
    j--;
  return j >= 0 && !tokens[j + 1].blockStart && LOCATIVE.has(tokens[j].key);
}

/**
 * Whether a capital at tokens [from, to) stands for its government: followed by a
 * government verb, a possessive, or "and"/"or" + another capital; or after "with",
 * "against", "between"… Never for an all-capitals dateline ("WASHINGTON –") nor in a
 * list of places ("in Kyiv and Moscow").
 */
export function governmentContext(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (first.text.length > 3 && first.text === first.text.toUpperCase()) return false;
  if (placeList(tokens, from)) return false;
  const next = tokens[to];
  const after = tokens[to + 1];
  if (next && !next.blockStart) {
    if (GOV_VERBS.has(next.key)) return true;
    if ((next.key === "'" || next.key === '’') && after?.key === 's') return true;
    if ((next.key === 'and' || next.key === 'or') && isCapitalized(after)) return true;
  }
  const prev = tokens[from - 1];
  return !!prev && !first.blockStart && GOV_BEFORE.has(prev.key);
}
