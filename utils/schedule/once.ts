/**
 * A value made on first use and shared: every call returns the same promise, and `value`
 * holds the result once it has arrived (undefined before, for callers that must not wait).
 * A failure is not kept: the next call makes the value again (a background that was
 * restarting, a request refused once).
 */
export interface Once<T> {
  (): Promise<T>;
  readonly value: T | undefined;
}

export function once<T>(make: () => Promise<T>): Once<T> {
  let pending: Promise<T> | null = null;
  let value: T | undefined;
  const get = () => {
    if (!pending) {
      const made = make().then((v) => (value = v));
      made.catch(() => {
        if (pending === made) pending = null;
      });
      pending = made;
    }
    return pending;
  };
  return Object.defineProperty(get, 'value', { get: () => value }) as Once<T>;
}
