/**
 * Detection contract. `detect` runs on every page in the content script, so everything
 * reachable from `utils/detect/` must stay small and allocation-light.
 */
export interface Decision {
  /** The page's main content is one article with a headline and running prose. */
  isArticle: boolean;
  /** The article is about geopolitics / security / conflict / cyber operations … */
  inDomain: boolean;
  /** 0..1 confidence that Dossier should act on this page (isArticle && inDomain). */
  score: number;
  /** Human-readable reasons, shown in the popup ("NewsArticle metadata", …). */
  reasons: string[];
  /** BCP 47 primary language subtag guessed from <html lang> and the text ("en", "fr", "und"). */
  language: string;
  /** The domain score (topic words per 1,000 words) and the threshold it was held against. */
  domain?: { score: number; threshold: number };
}
