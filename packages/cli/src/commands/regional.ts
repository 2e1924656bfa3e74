/**
 * @module commands/regional
 * `coopsec compare --region central-asia [--edition 2020]`: the five Central Asian countries
 * with GCI scores and positions as published (rank, or tier in 2024), a computed regional rank
 * with its tie rule, and sources. Without --edition: every edition side by side with its scale,
 * and the change between consecutive editions with scale changes spelled out.
 */
import {
  CoopsecError,
  centralAsiaProfiles,
  compareEdition,
  compareRegion,
  findSource,
  isMissing,
  type CountryChange,
  type EditionComparison,
} from '@coopsec/model';
import { globalOptions, type CommandLike } from '../options.ts';
import { action, formatTable, printJson } from '../output.ts';
import { REGIONS } from './choices.ts';

function checkRegion(region: string): void {
  if (!(REGIONS as readonly string[]).includes(region)) {
    throw new CoopsecError(
      'BAD_INPUT',
      `unknown region "${region}" (known: ${REGIONS.join(', ')})`,
      { details: [{ field: '--region', message: region }] },
    );
  }
}

function parseEdition(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n))
    throw new CoopsecError('BAD_INPUT', `--edition must be a year, got "${text}"`, {
      details: [{ field: '--edition', message: text }],
    });
  return n;
}

function editionText(t: EditionComparison): string {
  const rows = t.rows.map((r) => [
    r.regionalRank,
    `${r.name} (${r.country})`,
    r.score,
    r.publishedRank ?? r.tier,
    r.confidence,
    r.sourceIds.join(', '),
    [
      ...r.alternatives.map((a) => `${a.field} ${a.value} per ${a.sourceId}`),
      ...r.paperDisagreements.filter((d) => !d.agrees).map((d) => `paper: ${d.field} ${d.paper}`),
    ].join('; ') || undefined,
  ]);
  const position = t.positionKind === 'tier' ? 'tier (as published)' : 'global rank (as published)';
  return [
    `ITU Global Cybersecurity Index ${t.edition} — Central Asia (score scale ${t.scale})`,
    '',
    formatTable(
      [
        'regional rank',
        'country',
        `score ${t.scale}`,
        position,
        'confidence',
        'sources',
        'other values',
      ],
      rows,
    ),
    '',
    ...t.notes.map((n) => `* ${n}`),
  ].join('\n');
}

function changeCell(c: CountryChange): string {
  if (c.score.kind === 'difference')
    return `${c.score.value >= 0 ? '+' : ''}${c.score.value} (${c.from.scale})`;
  return `not comparable (scale ${c.from.scale} → ${c.to.scale}); rescaled estimate ${c.score.rescaled.difference >= 0 ? '+' : ''}${c.score.rescaled.difference}`;
}

function regionText(): string {
  const { editions, changes } = compareRegion();
  const countries = editions[0]?.rows.map((r) => r.country).sort() ?? [];
  const matrix = countries.map((country) => [
    country,
    ...editions.map((e) => {
      const r = e.rows.find((x) => x.country === country);
      return r === undefined
        ? undefined
        : `${r.score} · ${r.publishedRank === undefined ? (r.tier ?? '—') : `#${r.publishedRank}`} · R${r.regionalRank}`;
    }),
  ]);
  const out = [
    'ITU Global Cybersecurity Index — Central Asia, every edition (score · published rank or tier · computed regional rank)',
    '',
    formatTable(['country', ...editions.map((e) => `GCI ${e.edition} (${e.scale})`)], matrix),
    '',
  ];
  for (const c of changes) {
    out.push(`Change GCI ${c.from} → ${c.to}${c.scaleChanged ? ' — SCALE CHANGES' : ''}`);
    out.push(
      formatTable(
        ['country', 'score change', 'published position', 'regional rank change'],
        c.changes.map((x) => [
          x.country,
          changeCell(x),
          x.publishedPosition.kind === 'difference'
            ? `${x.publishedPosition.places >= 0 ? '+' : ''}${x.publishedPosition.places} places`
            : 'not comparable (rank vs tier)',
          x.regionalRankChange,
        ]),
      ),
    );
    out.push(...c.notes.map((n) => `* ${n}`), '');
  }
  return out.join('\n');
}

function profilesSummary(): string {
  const rows = centralAsiaProfiles().map((p) => [
    p.country,
    isMissing(p.cert)
      ? undefined
      : `${p.cert.established ?? 'year not stated'}: ${p.cert.status}${p.cert.incidentsPerYear === undefined ? '' : `, >${p.cert.incidentsPerYear.value} incidents/yr (${p.cert.incidentsPerYear.year})`}`,
    isMissing(p.ncsi)
      ? undefined
      : p.ncsi.map((n) => `${n.percent}% (${n.year}, ${n.sourceId})`).join('; '),
  ]);
  return [
    'CERT (as the paper states it) and NCSI',
    formatTable(['country', 'national CERT', 'NCSI'], rows),
  ].join('\n');
}

function sourcesUsed(ids: readonly string[]): string {
  return [
    'Sources:',
    ...[...new Set(ids)]
      .sort()
      .map((id) => `  [${id}] ${findSource(id)?.citation ?? 'unknown source'}`),
  ].join('\n');
}

export const compareAction = action(
  (opts: { region: string; edition?: string }, command: CommandLike) => {
    checkRegion(opts.region);
    const json = globalOptions(command).json === true;
    const profiles = centralAsiaProfiles();
    if (opts.edition !== undefined) {
      const table = compareEdition(parseEdition(opts.edition), profiles);
      const ncsiIds = profiles.flatMap((p) =>
        isMissing(p.ncsi) ? [] : p.ncsi.map((n) => n.sourceId),
      );
      const ids = [
        ...table.rows.flatMap((r) => [...r.sourceIds, ...r.alternatives.map((a) => a.sourceId)]),
        ...ncsiIds,
        'paper',
      ];
      if (json) {
        printJson({
          ...table,
          profiles,
          sources: [...new Set(ids)].map((id) => findSource(id)),
        });
        return;
      }
      process.stdout.write(
        `${editionText(table)}\n\n${profilesSummary()}\n\n${sourcesUsed(ids)}\n`,
      );
      return;
    }
    const region = compareRegion(profiles);
    const ids = profiles.flatMap((p) => [
      ...p.gci.flatMap((g) => [...g.sourceIds, ...g.alternatives.map((a) => a.sourceId)]),
      ...(isMissing(p.ncsi) ? [] : p.ncsi.map((n) => n.sourceId)),
      'paper',
    ]);
    if (json) {
      printJson({
        region: opts.region,
        ...region,
        profiles,
        sources: [...new Set(ids)].map((id) => findSource(id)),
      });
      return;
    }
    process.stdout.write(`${regionText()}\n${profilesSummary()}\n\n${sourcesUsed(ids)}\n`);
  },
);
