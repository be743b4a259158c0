/**
 * The domain's closed lists as plain constants, with the words the reader sees for them.
 * No schema library here: the every-page content script and the painter use these lists,
 * and the valibot schemas in this folder are built from them, so a kind is spelled once.
 *
 * Boundary: adding a kind here changes every schema, label table and paint list at once;
 * a `Record<ActorType, …>` elsewhere then fails to typecheck until it names the new kind.
 */

/** The kinds of actor Dossier highlights, in the order every list and palette shows them. */
export const ACTOR_TYPES = ['person', 'organization', 'country', 'group'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Short labels, for the hover card and the popup's actor list. */
export const ACTOR_TYPE_LABEL: Readonly<Record<ActorType, string>> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  group: 'Group',
};

/**
 * Highlight colour per actor type, `#RRGGBB`. The defaults are Okabe–Ito, chosen for readers
 * with colour-vision deficiency; each type also differs in lightness.
 */
export type Palette = Record<ActorType, string>;

export const DEFAULT_PALETTE: Palette = {
  person: '#E69F00',
  organization: '#56B4E9',
  country: '#009E73',
  group: '#CC79A7',
};

/**
 * The palette from a stored setting, whatever it holds: each colour that is `#RRGGBB` is
 * taken, anything else (null, a number, a missing key, not an object) keeps the default.
 */
export function paletteOf(stored: unknown): Palette {
  const palette = { ...DEFAULT_PALETTE };
  if (typeof stored !== 'object' || stored === null) return palette;
  for (const type of ACTOR_TYPES) {
    const colour = Object.hasOwn(stored, type) ? (stored as Record<string, unknown>)[type] : undefined;
    if (typeof colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(colour)) palette[type] = colour;
  }
  return palette;
}

/** What a watch-list entry may be: an actor of some type, or a topic (underlined, not coloured). */
export const WATCH_TYPES = [...ACTOR_TYPES, 'topic'] as const;
export type WatchType = (typeof WATCH_TYPES)[number];

/** The options page's words for each kind, where the reader chooses one (the group named in full). */
export const WATCH_TYPE_LABEL: Readonly<Record<WatchType, string>> = {
  ...ACTOR_TYPE_LABEL,
  group: 'Armed or hacker group',
  topic: 'Topic',
};

/** What a note is about: a passage of a page, an actor, or the page as a whole. */
export const NOTE_KINDS = ['passage', 'actor', 'page'] as const;

/** The reader's override for a page or site; 'auto' lets detection decide. */
export const FORCE_MODES = ['on', 'off', 'auto'] as const;
export type ForceMode = (typeof FORCE_MODES)[number];

/** Where an override applies: one page (its normalised address) or a whole site. */
export const FORCE_SCOPES = ['page', 'site'] as const;
export type ForceScope = (typeof FORCE_SCOPES)[number];
