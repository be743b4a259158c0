/**
 * The page's language from `<html lang>` checked against a cheap stop-word count of
 * its text, because many pages declare "en" whatever they hold.
 */
const STOPWORDS: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'was',
    'with',
    'on',
    'as',
    'by',
    'he',
    'it',
    'are',
    'has',
    'have',
    'from',
    'this',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'est',
    'une',
    'du',
    'dans',
    'pour',
    'que',
    'qui',
    'pas',
    'sur',
    'au',
    'avec',
    'il',
    'ce',
    'sont',
    'aux',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'que',
    'y',
    'en',
    'por',
    'una',
    'con',
    'para',
    'es',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'fue',
  ],
  pt: [
    'o',
    'os',
    'da',
    'do',
    'que',
    'não',
    'é',
    'uma',
    'com',
    'para',
    'em',
    'no',
    'na',
    'dos',
    'das',
    'se',
    'por',
    'mais',
    'ao',
    'foi',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'zu',
    'ein',
    'eine',
    'auf',
    'für',
    'sich',
    'dem',
    'auch',
    'es',
    'im',
    'wird',
  ],
  pl: [
    'i',
    'w',
    'z',
    'na',
    'się',
    'że',
    'nie',
    'do',
    'jest',
    'to',
    'o',
    'jak',
    'po',
    'ale',
    'od',
    'przez',
    'dla',
    'co',
    'są',
    'oraz',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'un',
    'non',
    'sono',
    'della',
    'con',
    'del',
    'le',
    'gli',
    'una',
    'nel',
    'alla',
    'anche',
    'più',
    'dei',
  ],
};

const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)]));

/** The language whose stop words are most frequent in (a sample of) `text`, or 'und'. */
export function guessLanguage(text: string): string {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return 'und';
  let best = 'und';
  let bestCount = 0;
  for (const [lang, set] of Object.entries(SETS)) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    if (n > bestCount) [best, bestCount] = [lang, n];
  }
  return bestCount / words.length >= 0.08 ? best : 'und';
}

/** Text wins over the declared language when they disagree; the declaration breaks ties. */
export function pageLanguage(declared: string | null | undefined, text: string): string {
  const decl = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] || 'und';
  const guess = guessLanguage(text);
  return guess === 'und' ? decl : guess;
}
