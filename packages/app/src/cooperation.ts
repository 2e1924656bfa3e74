/**
 * @module cooperation
 * Measure cooperation (issue 18 item 1): the model's `cooperationMetrics` over this node's
 * exchange records for a period and, optionally, one organisation. `coopsec metrics` and
 * `GET /api/cooperation` answer with this. Administrators see every organisation; anyone else
 * sees their own organisation's row only (the records are the node's, not theirs), and only
 * the incident cases their organisation takes part in.
 *
 * @example
 * const m = await measureCooperation(store, { from: '2026-01-01', to: '2027-01-01' });
 */
import {
  CoopsecError,
  cooperationMetrics,
  findCountry,
  measuredCooperation,
  type CooperationMetrics,
  type MeasuredCooperation,
} from '@coopsec/model';
import { caseMetrics } from '@coopsec/incident';
import { CooperationRepository, type Store } from '@coopsec/store';
import { ADVISORY_COLLECTION } from './advisory-read.ts';
import { readAllCases } from './incident-store.ts';

export interface MeasureCooperationOptions {
  /** ISO date or date-time, inclusive. */
  readonly from?: string;
  /** ISO date or date-time, exclusive. */
  readonly to?: string;
  readonly org?: string;
}

export async function measureCooperation(
  store: Store,
  options: MeasureCooperationOptions = {},
): Promise<CooperationMetrics> {
  const from = instant(options.from, 'from');
  const to = instant(options.to, 'to');
  if (from !== undefined && to !== undefined && from >= to)
    throw new CoopsecError('BAD_INPUT', `from (${from}) must come before to (${to})`, {
      details: [{ field: 'to', message: 'must come after from' }],
    });
  const repo = new CooperationRepository(store);
  const [records, peers, agreements, organisations, cases] = await Promise.all([
    repo.records({ ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    repo.peers(),
    repo.agreements(),
    repo.organisations(),
    // The node's operator reads every case; the model keeps one organisation's own when `org` is set.
    readAllCases(store, { orgId: '' }),
  ]);
  return cooperationMetrics({
    records,
    peers,
    agreements,
    organisations,
    cases: cases.map((c) => {
      const { timeToContainMs, timeToResolveMs } = caseMetrics(c);
      return {
        id: c.id,
        created: c.created,
        participants: c.participants,
        ...(timeToContainMs !== undefined ? { timeToContainMs } : {}),
        ...(timeToResolveMs !== undefined ? { timeToResolveMs } : {}),
      };
    }),
    advisoryCollection: ADVISORY_COLLECTION,
    period: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
    ...(options.org !== undefined ? { org: options.org } : {}),
  });
}

/** `2026-01-01` or a full ISO date-time → the stored timestamp format (UTC, milliseconds). */
function instant(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}(-\d{2})?([T ].*)?$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms))
    throw new CoopsecError('BAD_INPUT', `${field} must be an ISO date such as 2026-01-01`, {
      details: [{ field, message: `got "${value}"` }],
    });
  return new Date(ms).toISOString();
}

/**
 * What the overview and the report show beside the self-reported cooperation score (issue 18
 * item 2). When there is none, `reason` says why in English and `cause` (with the node's
 * country) lets an edge say it in its own language.
 */
export type MeasuredCooperationView =
  | ({ readonly available: true; readonly country: string } & MeasuredCooperation)
  | {
      readonly available: false;
      readonly reason: string;
      readonly cause: 'node-country-not-set' | 'other-country';
      /** The country this node serves (alpha-3), with cause `other-country`. */
      readonly nodeCountry?: string;
    };

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * This node's measured cooperation over the last 12 months, for the country the node serves
 * only: the exchange records are this node's, so they say nothing of another country.
 */
export async function measuredCooperationFor(
  store: Store,
  options: { readonly country: string; readonly nodeCountry: string | null; readonly now?: Date },
): Promise<MeasuredCooperationView> {
  if (options.nodeCountry === null || options.nodeCountry.trim() === '')
    return {
      available: false,
      reason:
        'the country this node serves is not set (COOPSEC_NODE_COUNTRY), so its measured cooperation is not shown',
      cause: 'node-country-not-set',
    };
  const node = findCountry(options.nodeCountry)?.alpha3 ?? options.nodeCountry.toUpperCase();
  const country = findCountry(options.country)?.alpha3 ?? options.country.toUpperCase();
  if (node !== country)
    return {
      available: false,
      reason: `this node serves ${node}: its exchange records measure ${node}'s cooperation, not ${country}'s`,
      cause: 'other-country',
      nodeCountry: node,
    };
  const now = options.now ?? new Date();
  const metrics = await measureCooperation(store, {
    from: new Date(now.getTime() - YEAR_MS).toISOString(),
    to: now.toISOString(),
  });
  return { available: true, country, ...measuredCooperation(metrics) };
}
