/**
 * @module taxii/params
 * Query parameters of the TAXII 2.1 listing endpoints (§3.4 pagination, §3.5 filtering):
 * `added_after`, `limit`, `next`, `match[id|type|version|spec_version]`. Bad values are 400s.
 * `next` is opaque to clients: `v1.<seq>` in base64url, a position in the collection's
 * monotonic order, so it stays valid for ever and under concurrent writes.
 */
import { CoopsecError } from '@coopsec/model';
import { canonicalTimestamp, type VersionFilter } from '@coopsec/store';

export const DEFAULT_PAGE = 1000;
export const MAX_PAGE = 10_000;

export interface ListParams {
  readonly addedAfter?: string;
  readonly limit: number;
  readonly afterSeq?: number;
  readonly ids?: readonly string[];
  readonly types?: readonly string[];
  readonly versions?: VersionFilter;
  readonly specVersions?: readonly string[];
}

type Query = Record<string, string | string[] | undefined>;

function values(query: Query, name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return list;
}

function single(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) throw new CoopsecError('BAD_INPUT', `${name} may be given once`);
  return raw;
}

export function encodeNext(seq: number): string {
  return Buffer.from(`v1.${seq}`).toString('base64url');
}

export function decodeNext(token: string): number {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const m = /^v1\.(\d{1,15})$/.exec(text);
  if (m?.[1] === undefined)
    throw new CoopsecError('BAD_INPUT', 'next is not a value this server handed out');
  return Number(m[1]);
}

function parseVersions(list: readonly string[]): VersionFilter {
  const exact: string[] = [];
  let first = false;
  let last = false;
  let all = false;
  for (const v of list) {
    if (v === 'first') first = true;
    else if (v === 'last') last = true;
    else if (v === 'all') all = true;
    else {
      const c = canonicalTimestamp(v);
      if (c === undefined)
        throw new CoopsecError(
          'BAD_INPUT',
          `match[version] must be first, last, all or a timestamp; got "${v}"`,
        );
      exact.push(c);
    }
  }
  return { first, last, all, exact };
}

/**
 * Parses the listing parameters. `defaultVersion` is what applies when match[version] is
 * absent: `last` for objects and manifests (TAXII 2.1 §3.5.1), `all` for versions.
 */
export function parseListParams(
  query: Query,
  options: { defaultVersion: 'last' | 'all'; allowIdTypeVersion: boolean },
): ListParams {
  const limitText = single(query, 'limit');
  let limit = DEFAULT_PAGE;
  if (limitText !== undefined) {
    if (!/^\d{1,9}$/.test(limitText) || Number(limitText) < 1) {
      throw new CoopsecError('BAD_INPUT', `limit must be a positive integer; got "${limitText}"`);
    }
    limit = Math.min(Number(limitText), MAX_PAGE);
  }
  const addedAfterText = single(query, 'added_after');
  let addedAfter: string | undefined;
  if (addedAfterText !== undefined) {
    addedAfter = canonicalTimestamp(addedAfterText);
    if (addedAfter === undefined)
      throw new CoopsecError(
        'BAD_INPUT',
        `added_after must be an RFC 3339 timestamp; got "${addedAfterText}"`,
      );
  }
  const nextText = single(query, 'next');
  const afterSeq = nextText === undefined ? undefined : decodeNext(nextText);
  const specVersions = values(query, 'match[spec_version]');
  if (specVersions?.some((v) => !/^\d+\.\d+$/.test(v)) === true) {
    throw new CoopsecError('BAD_INPUT', 'match[spec_version] must list versions such as 2.1');
  }
  const versionList = options.allowIdTypeVersion ? values(query, 'match[version]') : undefined;
  const versions =
    versionList === undefined || versionList.length === 0
      ? parseVersions([options.defaultVersion])
      : parseVersions(versionList);
  const ids = options.allowIdTypeVersion ? values(query, 'match[id]') : undefined;
  const types = options.allowIdTypeVersion ? values(query, 'match[type]') : undefined;
  return {
    limit,
    versions,
    ...(addedAfter !== undefined ? { addedAfter } : {}),
    ...(afterSeq !== undefined ? { afterSeq } : {}),
    ...(ids !== undefined ? { ids } : {}),
    ...(types !== undefined ? { types } : {}),
    ...(specVersions !== undefined && specVersions.length > 0 ? { specVersions } : {}),
  };
}
