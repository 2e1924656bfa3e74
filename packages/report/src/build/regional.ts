/**
 * @module build/regional
 * Regional comparison data: the GCI records of the Central Asian countries (and of the report's
 * country if it is elsewhere), by edition, with scale, rank or tier and sources as published.
 */
import { CENTRAL_ASIA_ALPHA3, GCI_EDITIONS, findCountry, type GciRecord } from '@coopsec/model';
import type { RegionalData } from '../input.ts';

export function buildRegional(options: {
  country: string;
  gci: readonly GciRecord[];
}): RegionalData | undefined {
  const countries = new Set<string>([...CENTRAL_ASIA_ALPHA3, options.country]);
  const records = options.gci.filter((r) => countries.has(r.country));
  if (!records.some((r) => r.country === options.country) && records.length === 0) return undefined;
  const editions = GCI_EDITIONS.flatMap((edition) => {
    const rows = records.filter((r) => r.edition === edition);
    const first = rows[0];
    if (first === undefined) return [];
    return [
      {
        edition,
        scale: first.scale,
        rows: rows
          .map((r) => ({
            country: r.country,
            name: findCountry(r.country)?.commonName ?? findCountry(r.country)?.name ?? r.country,
            score: r.score,
            ...(r.rank === undefined ? {} : { rank: r.rank }),
            ...(r.tier === undefined ? {} : { tier: r.tier }),
            sourceIds: r.sourceIds,
            ...(r.note === undefined ? {} : { note: r.note }),
          }))
          .sort((a, b) => a.country.localeCompare(b.country)),
      },
    ];
  });
  const notes = records
    .filter((r) => r.note !== undefined || r.alternatives.length > 0)
    .map((r) => ({
      country: r.country,
      edition: r.edition,
      ...(r.note === undefined ? {} : { note: r.note }),
      noteSourceId: r.sourceIds[0] ?? 'paper',
      alternatives: r.alternatives.map((a) => ({
        field: a.field,
        value: a.value,
        sourceId: a.sourceId,
      })),
    }));
  return { focus: options.country, editions, notes };
}
