/**
 * @module taxii
 * The exchange view's TAXII 2.1 client: discovery, collections, objects with filters, and
 * adding a bundle's objects. Goes through the same TAXII API any other client uses.
 */
import { getJson, request } from './api.ts';
import type { StixLike } from './graph/StixGraph.tsx';

export const TAXII = 'application/taxii+json;version=2.1';

export interface TaxiiCollection {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly can_read: boolean;
  readonly can_write: boolean;
  readonly root: string;
}

export interface TaxiiStatus {
  readonly id: string;
  readonly status: string;
  readonly success_count: number;
  readonly failure_count: number;
  readonly pending_count: number;
  readonly failures?: { id: string; message?: string }[];
}

export async function listCollections(): Promise<TaxiiCollection[]> {
  const discovery = await getJson<{ api_roots?: string[] }>('/taxii2/', { accept: TAXII });
  const roots = (discovery.api_roots ?? []).map((u) => new URL(u, window.location.origin).pathname);
  const all: TaxiiCollection[] = [];
  for (const root of roots) {
    const res = await getJson<{ collections?: Omit<TaxiiCollection, 'root'>[] }>(
      `${root}collections/`,
      { accept: TAXII },
    );
    for (const c of res.collections ?? []) all.push({ ...c, root });
  }
  return all;
}

export interface ObjectFilter {
  readonly type?: string;
  readonly addedAfter?: string;
}

export async function listObjects(
  c: TaxiiCollection,
  filter: ObjectFilter,
): Promise<{ objects: StixLike[]; more: boolean }> {
  const q = new URLSearchParams({ limit: '1000' });
  if (filter.type) q.set('match[type]', filter.type);
  if (filter.addedAfter) q.set('added_after', filter.addedAfter);
  const res = await getJson<{ objects?: StixLike[]; more?: boolean }>(
    `${c.root}collections/${encodeURIComponent(c.id)}/objects/?${q.toString()}`,
    { accept: TAXII },
  );
  return { objects: res.objects ?? [], more: res.more === true };
}

export async function addObjects(
  c: TaxiiCollection,
  objects: readonly unknown[],
): Promise<TaxiiStatus> {
  const res = await request(`${c.root}collections/${encodeURIComponent(c.id)}/objects/`, {
    method: 'POST',
    body: JSON.stringify({ objects }),
    contentType: TAXII,
    accept: TAXII,
  });
  return (await res.json()) as TaxiiStatus;
}
