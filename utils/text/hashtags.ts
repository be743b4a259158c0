/**
 * Tags a reader types in a note: "#sanctions", "#cyber-ops", "#北朝鮮". A tag starts after
 * the start of the text, a space or an opening bracket (so "page#section" and "C#" are
 * none), holds letters, digits, "_" and inner "-", needs one letter ("#1" is a number),
 * and is kept lowercased, without the "#", once, in order of appearance.
 */
const HASHTAG = /(?:^|[\s([{])#([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*)/gu;

export function hashtagsIn(text: string): string[] {
  const tags = new Set<string>();
  for (const m of text.matchAll(HASHTAG)) if (/\p{L}/u.test(m[1])) tags.add(m[1].toLowerCase());
  return [...tags];
}

/**
 * The tags of a note whose text changes from `before` to `after`: tags typed in the old
 * text and gone from the new one are dropped, tags typed in the new one added, and tags
 * that came from elsewhere (an import) kept.
 */
export function retag(tags: readonly string[], before: string, after: string): string[] {
  const typed = new Set(hashtagsIn(before));
  return [...new Set([...tags.filter((t) => !typed.has(t)), ...hashtagsIn(after)])];
}
