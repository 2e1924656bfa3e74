/**
 * @module router
 * Hash routes (`#/overview/KGZ`): no server round trip, no router dependency, and a reload
 * of any page works from the one index.html.
 */
import { useEffect, useState } from 'react';

export interface Route {
  readonly page: string;
  readonly args: readonly string[];
  readonly query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page = 'overview', ...args] = path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
  return { page, args, query: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function href(page: string, ...args: string[]): string {
  return `#/${[page, ...args].map(encodeURIComponent).join('/')}`;
}
