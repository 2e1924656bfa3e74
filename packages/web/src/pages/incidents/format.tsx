/**
 * @module pages/incidents/format
 * Small formatting pieces of the Incidents page: times in UTC (participants sit in different
 * countries, so one time zone for all), durations, and TLP/PAP badges.
 */
import type { Translator } from '@coopsec/i18n';

/** `2026-12-03 11:15 UTC`. */
export function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * A duration in ms as `2 d 3 h`, `4 h 10 min` or `35 min`; under a minute is `< 1 min`. The
 * units are the dashboard's language's (`t`).
 */
export function duration(ms: number, t: Translator['t']): string {
  const min = Math.floor(ms / 60_000);
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  const unit = (key: 'd' | 'h' | 'min', n: number) => t(`web.duration.${key}`, { n });
  if (min < 1) return `< ${unit('min', 1)}`;
  if (d > 0) return `${unit('d', d)} ${unit('h', h)}`;
  if (h > 0) return `${unit('h', h)} ${unit('min', m)}`;
  return unit('min', m);
}

/** TLP 2.0 or PAP level as a badge in the TLP colours (ui/tlp.tsx, styles.css `.tlp-*`). */
export function Level({ kind, level }: { kind: 'tlp' | 'pap'; level: string }) {
  const cls = `tlp tlp-${level.toLowerCase().replace('+', '-')}`;
  return (
    <span className={cls} translate="no">{`${kind.toUpperCase()}:${level.toUpperCase()}`}</span>
  );
}
