/**
 * @module use-api
 * `useApi(url)`: loads JSON for a page, with loading and error states, re-fetching when the
 * URL changes and ignoring answers to URLs the page has moved away from.
 */
import { useEffect, useState } from 'react';
import { ApiError, getJson } from './api.ts';

export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'error'; readonly error: ApiError } | { readonly state: 'ok'; readonly data: T };

export function useApi<T>(url: string | undefined, version = 0): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (url === undefined) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    getJson<T>(url, { signal: controller.signal }).then(
      (data) => setResult({ state: 'ok', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ state: 'error', error: error instanceof ApiError ? error : new ApiError({ title: 'Error', status: 0, detail: String(error), errors: [] }) });
      },
    );
    return () => controller.abort();
  }, [url, version]);
  return result;
}
