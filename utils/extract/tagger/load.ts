/**
 * Loading the tagger model. In the extension the reader chunk fetches the packaged file
 * (`runtime.getURL`, the extension's own file, not a network request); the CLI and the
 * evaluations read it from disk (scripts/lib/tagger.ts). Either way a missing or damaged
 * file gives a `TaggerModelError` with a sentence a reader can act on, and the caller
 * carries on with the gazetteer alone.
 */
import { decodeModel, TaggerModelError, type TaggerModel } from './model';

/** Fetches and decodes the model; a `TaggerModelError` says what went wrong, for the reader. */
export async function fetchTaggerModel(url: string, fetcher: (url: string) => Promise<Response> = fetch): Promise<TaggerModel> {
  let bytes: Uint8Array;
  try {
    const response = await fetcher(url);
    if (!response.ok) throw new Error(`status ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    throw new TaggerModelError('The name model is missing from this installation; only known names are highlighted.');
  }
  try {
    return decodeModel(bytes);
  } catch (e) {
    throw new TaggerModelError(`${(e as Error).message} Only known names are highlighted.`);
  }
}

export { TaggerModelError };

/** The model for a page session, or why there is none (shown in the popup's Why?). */
export interface TaggerLoad {
  model: TaggerModel | null;
  error?: string;
}

/**
 * A loader that fetches the model once, on first use (after a positive decision), and
 * remembers the outcome; a failure is remembered too, and the gazetteer works alone.
 */
export function createTaggerLoader(url: () => string, fetcher?: (url: string) => Promise<Response>): () => Promise<TaggerLoad> {
  let pending: Promise<TaggerLoad> | null = null;
  return () =>
    (pending ??= fetchTaggerModel(url(), fetcher).then(
      (model) => ({ model }),
      (e: unknown) => ({
        model: null,
        error:
          e instanceof TaggerModelError ? e.message : 'The name model could not be loaded; only known names are highlighted.',
      }),
    ));
}
