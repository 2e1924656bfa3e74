/**
 * @module ui/sourced
 * A number with its provenance one click away (issue 14, item 13), as the claims page shows
 * each claim's source: the figure is the summary of a `<details>`; opening it says where each
 * value behind it comes from, how confident that source is, and whether it was measured or
 * estimated. A derived number (a change, a rate) lists every value it was computed from.
 */
import type { Value } from '../types.ts';
import { useT } from '../i18n/context.tsx';

export function Sourced({
  text,
  from,
  derived,
}: {
  readonly text: string;
  /** The stored values the number is, or is computed from. */
  readonly from: readonly (Value | undefined)[];
  /** How the number was computed from them, when it is not one of them. */
  readonly derived?: string;
}) {
  const { t } = useT();
  const values = from.filter((v): v is Value => v !== undefined);
  if (values.length === 0) return <>{text}</>;
  return (
    <details className="sourced">
      <summary title={t('web.sourced.title')}>{text}</summary>
      <span className="sourced-body" role="note">
        {derived !== undefined && <span>{derived} </span>}
        {values.map((v) => (
          <span key={`${v.component}-${v.year}`} className="sourced-line">
            {values.length > 1 || derived !== undefined ? `${v.year}: ${v.score} — ` : ''}
            {/* translate="no": the source's id, its quotation and its confidence are data. */}
            {t('web.sourced.source')} <b translate="no">{v.sourceId}</b>
            {v.evidence !== '' ? <span translate="no">{` (${v.evidence})`}</span> : ''},{' '}
            {t('web.sourced.confidence')} <b translate="no">{v.confidence}</b>,{' '}
            {v.kind === 'measured'
              ? t('web.sourced.measured')
              : t('web.sourced.estimated', { method: v.method })}
          </span>
        ))}
      </span>
    </details>
  );
}
