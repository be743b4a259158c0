/**
 * The style sheet that paints highlights in the reader's colours (defaults in
 * utils/model/kinds.ts). Topics are underlined rather than filled, so no distinction rests
 * on hue alone. Dark pages get deeper fills with light text.
 */
import { ACTOR_TYPES, DEFAULT_PALETTE, type ActorType, type Palette } from '@/utils/model/kinds';

export type HighlightKind = ActorType | 'topic' | 'note' | 'focus';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...ACTOR_TYPES, 'topic', 'note', 'focus'];

/** The registry name of a kind's highlight ("dossier-person"). */
export const highlightName = (kind: HighlightKind) => `dossier-${kind}`;

/** `#RRGGBB` plus an alpha in 0..1 as `rgb(r g b / a)`. */
function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255} / ${alpha})`;
}

/**
 * CSS for the painting paths: `::highlight()` for the Custom Highlight API and, only with
 * `marks` (a browser without that API), `mark[data-dossier]` for the wrapping fallback: a
 * page could otherwise style a `mark` of its own with that attribute and read the
 * computed colour to learn Dossier is installed. Colours outside `#RRGGBB` fall back to
 * the default palette so a bad setting cannot inject CSS.
 */
export function highlightCss(options: { dark: boolean; palette?: Partial<Palette>; marks?: boolean }): string {
  const mark = (kind: string, decl: string) => (options.marks ? [`mark[data-dossier="${kind}"] { ${decl} }`] : []);
  const alpha = options.dark ? 0.45 : 0.3;
  const ink = options.dark ? '#fff' : 'inherit';
  const rules: string[] = [];
  for (const type of ACTOR_TYPES) {
    const chosen = options.palette?.[type];
    const hex = chosen && /^#[0-9a-fA-F]{6}$/.test(chosen) ? chosen : DEFAULT_PALETTE[type];
    const decl = `background-color: ${withAlpha(hex, alpha)}; color: ${ink};`;
    rules.push(`::highlight(${highlightName(type)}) { ${decl} }`, ...mark(type, decl));
  }
  const topic = `text-decoration: underline dotted ${options.dark ? '#F0E442' : '#0072B2'} 2px; text-underline-offset: 3px;`;
  rules.push(
    `::highlight(${highlightName('topic')}) { ${topic} }`,
    ...mark('topic', `background: none; color: inherit; ${topic}`),
  );
  const note = `background-color: ${withAlpha('#F0E442', options.dark ? 0.5 : 0.55)}; color: ${options.dark ? '#fff' : 'inherit'};`;
  rules.push(`::highlight(${highlightName('note')}) { ${note} }`, ...mark('note', note));
  const focus = `background-color: ${withAlpha('#D55E00', 0.6)}; color: #fff;`;
  rules.push(`::highlight(${highlightName('focus')}) { ${focus} }`, ...mark('focus', focus));
  return rules.join('\n');
}
