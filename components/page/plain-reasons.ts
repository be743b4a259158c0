/**
 * The detection decision in words a reader can act on, built in the component layer from
 * the decision's booleans and its reasons (utils/detect), so a change in how detection
 * words its reasons costs at most a plainer sentence, never a wrong one.
 *
 * - `plain`: two or three sentences: is this an article, is it about Dossier's subjects
 *   (naming the topics the page shows, without counts: the Topics line is the one place
 *   that counts them), and what to do when the answer is wrong.
 * - `details`: the measured figures behind them (word count, domain score…), every reason
 *   except the topic tally, which the Topics line already gives from the page's marks.
 * Reasons this module does not recognise go to `details` unchanged.
 */
import type { Decision } from '@/utils/model/page';

export interface PlainReasons {
  plain: string[];
  details: string[];
}

const TOPIC_TALLY = /^topic terms: /;
const NO_TOPICS = 'no topic terms';
const FEW_WORDS = 'too little running prose for an article';
const LINKS = /^link density /;
const ECONOMY = /^mostly about the economy/;
const LANGUAGE = /^not supported \(language: ([^)]+)\)/;
const METADATA = /(metadata|^og:type article)$/;

/** "a, b and c" */
function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * `topicNames`: the topics marked on the page (lowercase is applied here); when the page is
 * not highlighted there are none, and the names come from the decision's topic tally.
 */
export function plainReasons(decision: Decision, topicNames: readonly string[]): PlainReasons {
  const has = (test: RegExp | string) => decision.reasons.some((r) => (typeof test === 'string' ? r === test : test.test(r)));
  const tally = decision.reasons.find((r) => TOPIC_TALLY.test(r));
  const names = (
    topicNames.length
      ? [...topicNames]
      : (tally
          ?.replace(TOPIC_TALLY, '')
          .split(', ')
          .map((t) => t.replace(/ ×\d+$/, '')) ?? [])
  )
    .slice(0, 3)
    .map((n) => n.toLowerCase());
  const plain: string[] = [];

  if (decision.isArticle) {
    plain.push(
      has(METADATA)
        ? 'This page is an article, and says so itself.'
        : 'This page reads as an article: a headline and running text.',
    );
  } else if (has(LINKS)) {
    plain.push('This page is mostly links, like a front page or a list, not one article.');
  } else if (has(FEW_WORDS)) {
    plain.push('This page has too little running text to be an article.');
  } else {
    plain.push('This page does not read as one article.');
  }

  const language = decision.reasons.map((r) => LANGUAGE.exec(r)?.[1]).find(Boolean);
  if (language) {
    plain.push(`It is written in a language Dossier does not read yet (${language}).`);
  } else if (decision.inDomain) {
    plain.push(
      names.length ? `It is about geopolitics or security: it speaks of ${list(names)}.` : 'It is about geopolitics or security.',
    );
  } else if (has(ECONOMY)) {
    plain.push('It is mostly about the economy, which Dossier leaves alone.');
  } else if (has(NO_TOPICS) || !names.length) {
    plain.push('None of Dossier’s subjects (conflict, diplomacy, security, cyber operations…) come up in it.');
  } else {
    plain.push(`It touches on ${list(names)}, but too rarely for a story about geopolitics or security.`);
  }

  if (!decision.isArticle || !decision.inDomain)
    plain.push('If Dossier is wrong, switch it on for this page or this site below.');

  const details = decision.reasons.filter((r) => !TOPIC_TALLY.test(r) && r !== NO_TOPICS);
  return { plain, details };
}
