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
import { useT } from '../../i18n/context.tsx';

type RatioId = NonNullable<
  Extract<OverviewData['measuredCooperation'], { available: true }>
>['ratios'][number]['id'];

const RATIO_KEYS = {
  'agreements-in-use': 'web.measured.ratio.agreements-in-use',
  'partners-reachable': 'web.measured.ratio.partners-reachable',
  'sightings-returned': 'web.measured.ratio.sightings-returned',
  'joint-response': 'web.measured.ratio.joint-response',
  containment: 'web.measured.ratio.containment',
} as const satisfies Record<RatioId, string>;

export function MeasuredCooperation({ data }: { data: OverviewData }) {
  const { t, number, locale } = useT();
  const measured = data.measuredCooperation;
  if (measured === undefined) return null;
  const reported = data.values
    .filter((v) => v.component === 'cooperation' && v.kind !== 'estimated')
    .at(-1);
  return (
    <section className="measured-cooperation" aria-label={t('web.measured.title')}>
      <h2>{t('web.measured.title')}</h2>
      <div className="cards">
        <div className="card">
          <h3>{t('web.measured.reported', { year: reported?.year ?? '' })}</h3>
          <p className="big">
            {reported === undefined ? (
              '—'
            ) : (
              <Sourced text={number(reported.score, { maxDigits: 0 })} from={[reported]} />
            )}
          </p>
          <p className="muted">{t('web.measured.reportedNote')}</p>
        </div>
        {measured.available ? (
          <div className="card" data-testid="measured-cooperation">
            <h3>
              {t('web.measured.onNode')}{' '}
              <span className="tag measured">{t('web.measured.tag')}</span>
            </h3>
            <p className="big">
              {measured.score === null
                ? '—'
                : measured.score.toLocaleString(locale, {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  })}
            </p>
            <p className="muted">
              {t('web.measured.rule', {
                rule: measured.rule,
                from: measured.period.from?.slice(0, 10) ?? '',
                to: measured.period.to?.slice(0, 10) ?? '',
                confidence: measured.source.confidence,
              })}{' '}
              {measured.score === null ? t('web.measured.noRatio') : ''}
            </p>
            <table className="grid small">
              <tbody>
                {measured.ratios.map((r) => (
                  <tr key={r.id} data-ratio={r.id}>
                    <td>{t(RATIO_KEYS[r.id])}</td>
                    <td>
                      {r.value === null
                        ? t('web.measured.missing')
                        : t('web.measured.nOfM', { n: r.numerator, m: r.denominator })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">
              {t('web.measured.figures', {
                shared: measured.figures.objectsShared,
                received: measured.figures.objectsReceived,
                cases: measured.figures.jointCases,
                advisories: measured.figures.advisoriesExchanged,
              })}{' '}
              <a href="#/cooperation">{t('web.measured.details')}</a>
            </p>
          </div>
        ) : (
          <div className="card" data-testid="measured-cooperation">
            <h3>{t('web.measured.onNode')}</h3>
            <p className="big">—</p>
            <p className="muted">
              {t('web.measured.notShown')} <span translate="no">{measured.reason}</span>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
