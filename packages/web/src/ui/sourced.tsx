/**
 * @module ui/sourced
 * A number with its provenance one click away (issue 14, item 13), as the claims page shows
 * each claim's source: the figure is the summary of a `<details>`; opening it says where each
 * value behind it comes from, how confident that source is, and whether it was measured or
 * estimated. A derived number (a change, a rate) lists every value it was computed from.
 */
import type { Value } from '../types.ts';

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
  const values = from.filter((v): v is Value => v !== undefined);
  if (values.length === 0) return <>{text}</>;
  return (
    <details className="sourced">
      <summary title="source and confidence">{text}</summary>
      <span className="sourced-body" role="note">
        {derived !== undefined && <span>{derived} </span>}
        {values.map((v) => (
          <span key={`${v.component}-${v.year}`} className="sourced-line">
            {values.length > 1 || derived !== undefined ? `${v.year}: ${v.score} — ` : ''}
            source <b>{v.sourceId}</b>
            {v.evidence !== '' ? ` (${v.evidence})` : ''}, confidence <b>{v.confidence}</b>,{' '}
            {v.kind === 'measured' ? 'measured' : `estimated (${v.method})`}
          </span>
        ))}
      </span>
    </details>
  );
}
