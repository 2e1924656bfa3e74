/**
 * @module pages/overview/MeasuredCooperation
 * International cooperation, reported and measured, side by side (issue 18 item 2): the
 * self-reported score the sources give, and what this node's exchange records measure for the
 * country it serves. The measured score is coopsec's own rule, labelled as measured; it is never
 * put in place of the reported score nor averaged with it. When the node measures nothing for
 * this country, the server's reason is shown instead of a number.
 */
import type { OverviewData } from './types.ts';
import { Sourced } from '../../ui/sourced.tsx';

const RATIO_LABELS: Readonly<Record<string, string>> = {
  'agreements-in-use': 'Agreements that carried objects',
  'partners-reachable': 'Partner nodes reachable',
  'sightings-returned': 'Sightings returned per indicator (capped at 1)',
  'joint-response': 'Incident cases worked jointly',
  containment: 'Incident cases contained',
};

export function MeasuredCooperation({ data }: { data: OverviewData }) {
  const measured = data.measuredCooperation;
  if (measured === undefined) return null;
  const reported = data.values
    .filter((v) => v.component === 'cooperation' && v.kind !== 'estimated')
    .at(-1);
  return (
    <section
      className="measured-cooperation"
      aria-label="International cooperation, reported and measured"
    >
      <h2>International cooperation: reported and measured</h2>
      <div className="cards">
        <div className="card">
          <h3>Reported score {reported?.year ?? ''}</h3>
          <p className="big">
            {reported === undefined ? (
              '—'
            ) : (
              <Sourced text={reported.score.toFixed(0)} from={[reported]} />
            )}
          </p>
          <p className="muted">Self-reported, as the sources publish it (0–100).</p>
        </div>
        {measured.available ? (
          <div className="card" data-testid="measured-cooperation">
            <h3>
              Measured on this node <span className="tag measured">measured</span>
            </h3>
            <p className="big">{measured.score === null ? '—' : measured.score.toFixed(1)}</p>
            <p className="muted">
              Score by the rule <code>{measured.rule}</code> (not comparable with the reported
              score); {measured.score === null ? 'missing: the records give no ratio yet. ' : ''}
              from {measured.source.citation}, {measured.period.from?.slice(0, 10)} to{' '}
              {measured.period.to?.slice(0, 10)}, confidence {measured.source.confidence}.
            </p>
            <table className="grid small">
              <tbody>
                {measured.ratios.map((r) => (
                  <tr key={r.id} data-ratio={r.id}>
                    <td>{RATIO_LABELS[r.id] ?? r.id}</td>
                    <td>{r.value === null ? 'missing' : `${r.numerator} of ${r.denominator}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">
              {measured.figures.objectsShared} objects shared, {measured.figures.objectsReceived}{' '}
              received, {measured.figures.jointCases} joint incident cases,{' '}
              {measured.figures.advisoriesExchanged} advisories exchanged. Details:{' '}
              <a href="#/cooperation">Cooperation</a>.
            </p>
          </div>
        ) : (
          <div className="card" data-testid="measured-cooperation">
            <h3>Measured on this node</h3>
            <p className="big">—</p>
            <p className="muted">Not shown: {measured.reason}.</p>
          </div>
        )}
      </div>
    </section>
  );
}
