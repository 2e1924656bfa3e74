/**
 * @module use-api
 * `useApi(url)`: loads JSON for a page, with loading and error states, re-fetching when the
 * URL changes and ignoring answers to URLs the page has moved away from.
 */
import { useEffect, useState } from 'react';
import { ApiError, getJson } from './api.ts';

const prefetched = new Map<string, Promise<unknown>>();

/** Starts a GET before the page that needs it has loaded; useApi takes the answer once. */
export function prefetch(url: string): void {
  if (prefetched.has(url)) return;
  const p = getJson<unknown>(url);
  p.catch(() => undefined); // a failure is reported when the page takes the answer
  prefetched.set(url, p);
}

function take<T>(url: string, signal: AbortSignal): Promise<T> {
  const p = prefetched.get(url);
  if (p === undefined) return getJson<T>(url, { signal });
  prefetched.delete(url);
  return p as Promise<T>;
}

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: ApiError }
  | { readonly state: 'ok'; readonly data: T };

export function useApi<T>(url: string | undefined, version = 0): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (url === undefined) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    take<T>(url, controller.signal).then(
      (data) => setResult({ state: 'ok', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({
          state: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError({ title: 'Error', status: 0, detail: String(error), errors: [] }),
        });
      },
    );
    return () => controller.abort();
  }, [url, version]);
  return result;
}
