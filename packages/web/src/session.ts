/**
 * @module session
 * The signed-in API key lives in sessionStorage only: it is gone when the tab closes, and it
 * never reaches localStorage or a cookie.
 */
const KEY = 'coopsec.apiKey';

export function getApiKey(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function setApiKey(key: string | undefined): void {
  if (key === undefined) sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, key);
}
