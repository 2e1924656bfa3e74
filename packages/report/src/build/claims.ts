/**
 * @module build/claims
 * Claims audit data: the model's verdict on each claim record, with the figures behind it as
 * label/value pairs and the sources of the data the verdict was computed from.
 */
import {
  auditClaims,
  type Assessment,
  type ClaimFigure,
  type ClaimRecord,
  type GciRecord,
} from '@coopsec/model';
import type { ClaimsData, ReportClaim } from '../input.ts';

function figureText(value: ClaimFigure): string {
  if (value === null) return '—';
  if (typeof value === 'number') return String(Math.round(value * 1e4) / 1e4);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return (value as readonly ClaimFigure[]).map(figureText).join(', ');
  return Object.entries(value as { readonly [key: string]: ClaimFigure })
    .map(([k, v]) => `${k}: ${figureText(v)}`)
    .join('; ');
}

export function buildClaims(options: {
  records: readonly ClaimRecord[];
  assessments: readonly Assessment[];
  gci: readonly GciRecord[];
}): ClaimsData {
  const audited = auditClaims(options.records, {
    assessments: options.assessments,
    gci: options.gci,
  });
  const claims: ReportClaim[] = audited.map((a) => {
    const { record } = a;
    const c = record.claim;
    const dataSourceIds =
      c.kind === 'gci-score' || c.kind === 'gci-rank' || c.kind === 'gci-participation'
        ? [
            ...new Set(
              options.gci.filter((g) => g.country === c.country).flatMap((g) => g.sourceIds),
            ),
          ].slice(0, 3)
        : [
            ...new Set(
              options.assessments.filter((x) => x.country === c.country).map((x) => x.sourceId),
            ),
          ];
    const where = [
      record.source.section,
      record.source.line === undefined ? undefined : `line ${record.source.line}`,
    ]
      .filter((x) => x !== undefined)
      .join(', ');
    return {
      id: record.id,
      quote: record.quote,
      sourceId: record.source.id,
      where,
      ...(record.reading === undefined ? {} : { reading: record.reading }),
      verdict: a.verdict,
      explanation: a.explanation,
      numbers: Object.entries(a.numbers).map(([label, value]) => ({
        label,
        value: figureText(value),
      })),
      dataSourceIds: dataSourceIds.length > 0 ? dataSourceIds : [record.source.id],
    };
  });
  return { claims };
}
