/**
 * The reader's words for any failure, the one place Dossier's pages and background turn a
 * thrown value into a sentence. IndexedDB reports a full disk or an exhausted quota as
 * `QuotaExceededError`, which Dexie may wrap (`inner`) or rename (`AbortError` of a
 * transaction whose write failed): that becomes what the reader can do about it. Anything
 * else keeps its own message (Dossier's errors are written for the reader); a thrown
 * non-Error reads as its string.
 */
export function errorMessage(err: unknown): string {
  if (isQuotaError(err)) {
    return 'The browser refused to store more for Dossier: its storage is full. Export your notes (Options → Your data), delete ones you no longer need or free disk space, then try again.';
  }
  return err instanceof Error ? err.message : String(err);
}

function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { name?: unknown; inner?: unknown; message?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (typeof e.message === 'string' && /quota/i.test(e.message)) return true;
  return isQuotaError(e.inner, depth + 1);
}
