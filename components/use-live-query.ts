import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/db/errors';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/**
 * Subscribes to a Dexie live query: the result updates whenever the database changes,
 * including writes by the background or another tab. While `enabled` is false nothing is
 * read and the result stays `loading`: a heavy query can wait for a light one to paint.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], enabled = true): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    const sub = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (err) => setResult({ status: 'error', error: errorMessage(err) }),
    });
    return () => sub.unsubscribe();
  }, [...deps, enabled]);
  return result;
}
