/**
 * @module pages/cooperation/figures
 * The headline figures of the Cooperation page, derived from the `/api/cooperation` answer
 * alone. A figure the records cannot give (no indicator shared, no timed arrival) is
 * `undefined` and shown as "—": a missing value is never shown as 0.
 */
import type { CooperationAnswer } from '@coopsec/server/schemas';
import type { Translator } from '@coopsec/i18n';

export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly unit: string;
  readonly note?: string;
}

export const MISSING = '—';

/** The translator's messages and locale (the dashboard's language). */
export interface Words {
  readonly t: Translator['t'];
  readonly locale: string;
}

/** Exactly `digits` fraction digits, in the locale (0.50 / 0,50). */
const fixed = (x: number, digits: number, w: Words): string =>
  x.toLocaleString(w.locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });

/** Seconds as the largest whole-ish unit a person reads at a glance. */
export function duration(seconds: number | null | undefined, w: Words): string {
  if (seconds === null || seconds === undefined) return MISSING;
  if (seconds < 90) return w.t('web.duration.s', { n: fixed(seconds, 0, w) });
  if (seconds < 90 * 60) return w.t('web.duration.min', { n: fixed(seconds / 60, 0, w) });
  if (seconds < 48 * 3600) return w.t('web.duration.h', { n: fixed(seconds / 3600, 1, w) });
  return w.t('web.duration.d', { n: fixed(seconds / 86400, 1, w) });
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

export function headline(m: CooperationAnswer, w: Words): Figure[] {
  const { t } = w;
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
      ? t('web.figures.perPartner')
      : one
        ? t('web.figures.timedObjects', { n: one.samples })
        : t('web.figures.noTimed');
  const advisories = m.advisories.published + m.advisories.received;
  const contained = m.incidents.timeToContain.samples;
  return [
    {
      id: 'shared',
      label: t('web.figures.shared'),
      value: String(shared),
      unit: t('web.figures.objects', { n: shared }),
    },
    {
      id: 'received',
      label: t('web.figures.received'),
      value: String(received),
      unit: t('web.figures.objectsFromPartners', { n: received }),
    },
    {
      id: 'indicators',
      label: t('web.figures.indicators'),
      value: String(indicators),
      unit: t('web.figures.indicatorUnit', { n: indicators }),
    },
    {
      id: 'median',
      label: t('web.figures.medianShare'),
      value: duration(one?.medianSeconds, w),
      unit: t('web.figures.createdToArrival'),
      note: timeNote,
    },
    {
      id: 'p90',
      label: t('web.figures.p90Share'),
      value: duration(one?.p90Seconds, w),
      unit: t('web.figures.createdToArrival'),
      note: timeNote,
    },
    {
      id: 'sightings',
      label: t('web.figures.sightings'),
      value: indicators === 0 ? MISSING : fixed(returned / indicators, 2, w),
      unit: t('web.figures.sightingsUnit'),
      note:
        indicators === 0
          ? t('web.figures.noIndicator')
          : t('web.figures.sightingsReturned', { n: returned }),
    },
    {
      id: 'agreements',
      label: t('web.figures.agreements'),
      value: String(agreements),
      unit: t('web.figures.agreementUnit', { n: agreements }),
    },
    {
      id: 'cases',
      label: t('web.figures.jointCases'),
      value: String(m.incidents.joint),
      unit: t('web.figures.ofCasesOpened', { n: m.incidents.cases }),
      note: t('web.figures.jointNote'),
    },
    {
      id: 'contain',
      label: t('web.figures.medianContain'),
      value: duration(m.incidents.timeToContain.medianSeconds, w),
      unit: t('web.figures.openedToContained'),
      note:
        contained === 0
          ? t('web.figures.noneContained')
          : t('web.figures.contained', { n: contained }),
    },
    {
      id: 'advisories',
      label: t('web.figures.advisories'),
      value: String(advisories),
      unit: t('web.figures.advisoryUnit', { n: advisories }),
      note: t('web.figures.advisoriesNote', {
        published: m.advisories.published,
        received: m.advisories.received,
      }),
    },
    {
      id: 'peers',
      label: t('web.figures.peers'),
      value: m.partners.length === 0 ? MISSING : String(m.peersReachable),
      unit:
        m.partners.length === 0
          ? t('web.figures.noPeer')
          : t('web.figures.ofPeers', { n: m.partners.length }),
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
