/**
 * @module pages/cooperation/figures
 * The headline figures of the Cooperation page, derived from the `/api/cooperation` answer
 * alone. A figure the records cannot give (no indicator shared, no timed arrival) is
 * `undefined` and shown as "—": a missing value is never shown as 0.
 */
import type { CooperationAnswer } from '@coopsec/server/schemas';

export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly note?: string;
}

export const MISSING = '—';

/** Seconds as the largest whole-ish unit a person reads at a glance. */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return MISSING;
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} d`;
}

/** `1 agreement`, `2 agreements`: the unit agrees with the number shown beside it. */
const noun = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

export function headline(m: CooperationAnswer): Figure[] {
  const orgs = m.organisations;
  const indicators = sum(orgs.map((o) => o.uniqueIndicators));
  const shared = sum(orgs.map((o) => o.shared.total));
  const received = sum(m.partners.map((p) => p.received.total));
  const agreements = sum(orgs.map((o) => o.agreementsActive));
  const returned = sum(orgs.map((o) => o.sightingsReturned));
  // Medians of different partners cannot be combined: one partner's own, or per partner below.
  const timed = m.partners.filter((p) => p.timeToShare.samples > 0);
  const one = timed.length === 1 ? timed[0]?.timeToShare : undefined;
  const timeNote =
    timed.length > 1
      ? 'per partner in the table below'
      : one
        ? `${one.samples} timed objects`
        : 'no timed arrival from a partner';
  return [
    {
      id: 'shared',
      label: 'Objects shared',
      value: String(shared),
      unit: noun(shared, 'object'),
    },
    {
      id: 'received',
      label: 'Objects received',
      value: String(received),
      unit: `${noun(received, 'object')} from partner nodes`,
    },
    {
      id: 'indicators',
      label: 'Unique indicators contributed',
      value: String(indicators),
      unit: noun(indicators, 'indicator'),
    },
    {
      id: 'median',
      label: 'Median time to share',
      value: duration(one?.medianSeconds),
      unit: 'created → arrival',
      note: timeNote,
    },
    {
      id: 'p90',
      label: 'p90 time to share',
      value: duration(one?.p90Seconds),
      unit: 'created → arrival',
      note: timeNote,
    },
    {
      id: 'sightings',
      label: 'Sightings returned per indicator shared',
      value: indicators === 0 ? MISSING : (returned / indicators).toFixed(2),
      unit: 'sightings per indicator',
      note: indicators === 0 ? 'no indicator shared' : `${returned} sightings returned`,
    },
    {
      id: 'agreements',
      label: 'Agreements active',
      value: String(agreements),
      unit: noun(agreements, 'agreement'),
    },
    {
      id: 'cases',
      label: 'Joint incident cases',
      value: String(m.incidents.joint),
      unit: `of ${m.incidents.cases} ${noun(m.incidents.cases, 'case')} opened`,
      note: 'more than one organisation taking part',
    },
    {
      id: 'contain',
      label: 'Median time to contain',
      value: duration(m.incidents.timeToContain.medianSeconds),
      unit: 'opened → contained',
      note:
        m.incidents.timeToContain.samples === 0
          ? 'no case contained yet'
          : `${m.incidents.timeToContain.samples} contained ${noun(m.incidents.timeToContain.samples, 'case')}`,
    },
    {
      id: 'advisories',
      label: 'Advisories exchanged',
      value: String(m.advisories.published + m.advisories.received),
      unit: noun(m.advisories.published + m.advisories.received, 'advisory', 'advisories'),
      note: `${m.advisories.published} published here, ${m.advisories.received} received`,
    },
    {
      id: 'peers',
      label: 'Peers reachable',
      value: m.partners.length === 0 ? MISSING : String(m.peersReachable),
      unit: m.partners.length === 0 ? 'no peer node configured' : `of ${m.partners.length} peers`,
    },
  ];
}

/** True when the period holds no exchange record at all (the page shows what to do). */
export function isEmpty(m: CooperationAnswer): boolean {
  return m.months.every((x) => x.shared === 0 && x.received === 0);
}

/** Every month from `from` to `to` (inclusive), zero where the records show no exchange. */
export function monthly(m: CooperationAnswer, from: string, to: string) {
  const byMonth = new Map(m.months.map((x) => [x.month, x]));
  const out: { month: string; shared: number; received: number }[] = [];
  let [y, mo] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let i = 0; i < 240; i += 1) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    if (key > last) break;
    out.push(byMonth.get(key) ?? { month: key, shared: 0, received: 0 });
    mo += 1;
    if (mo > 12) [y, mo] = [y + 1, 1];
  }
  return out;
}
