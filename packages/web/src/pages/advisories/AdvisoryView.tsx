/**
 * @module pages/advisories/AdvisoryView
 * One advisory: what it is about, each vulnerability with its CVSS scores (computed from the
 * vector; the document's own figure beside it when it published one) and which products are
 * affected, fixed or not affected (CSAF product status groups, VEX statuses among them), and
 * which organisations' inventories it affects.
 */
import { download } from '../../api.ts';
import { href } from '../../router.ts';
import { Show } from '../../ui/status.tsx';
import { useApi } from '../../use-api.ts';
import type {
  AdvisoryAnswer,
  AdvisoryProductAnswer,
  AdvisoryVulnerabilityAnswer,
} from '@coopsec/server/schemas';
import { Level } from '../incidents/format.tsx';
import { AffectedInventories } from './AffectedInventories.tsx';
import { Score } from './Score.tsx';
import { useT } from '../../i18n/context.tsx';

/** The status groups in the order a reader asks about them: am I affected, is there a fix. */
const STATUS_ORDER = [
  'known_affected',
  'first_affected',
  'last_affected',
  'under_investigation',
  'fixed',
  'first_fixed',
  'recommended',
  'known_not_affected',
];

const statusLabel = (s: string): string => s.replaceAll('_', ' ');

export function AdvisoryView({ id }: { id: string }) {
  const { t } = useT();
  const loaded = useApi<AdvisoryAnswer>(`/api/advisories/${encodeURIComponent(id)}`);
  return (
    <Show loaded={loaded} what={t('web.advisory.the')}>
      {(a) => <AdvisoryArticle a={a} id={id} />}
    </Show>
  );
}

function AdvisoryArticle({ a, id }: { a: AdvisoryAnswer; id: string }) {
  const { t } = useT();
  const products = new Map(a.products.map((p) => [p.id, p]));
  const summary = a.notes.filter((n) => n.category === 'summary' || n.category === 'description');
  return (
    <article className="advisory" data-advisory={a.trackingId}>
      <p>
        <a href={href('advisories')}>← {t('web.advisory.all')}</a>
      </p>
      <h1 translate="no">{a.title}</h1>
      <p className="muted">
        <code>{a.trackingId}</code>{' '}
        {t('web.advisory.meta', {
          version: a.version,
          status: a.status,
          category: a.category,
          publisher: a.publisher.name,
          initial: a.initialReleaseDate.slice(0, 10),
          current: a.currentReleaseDate.slice(0, 10),
        })}{' '}
        {a.tlp !== undefined && <Level kind="tlp" level={a.tlp} />}
      </p>
      <p>
        <button
          type="button"
          onClick={() =>
            void download(
              `/api/advisories/${encodeURIComponent(id)}/csaf`,
              `${a.trackingId}.json`,
              'application/json',
            )
          }
        >
          {t('web.advisory.download')}
        </button>
      </p>
      {summary.map((n, i) => (
        <p key={i} translate="no">
          {n.text}
        </p>
      ))}
      <AffectedInventories id={id} />
      <h2>{t('web.advisory.vulnerabilities', { n: a.vulnerabilities.length })}</h2>
      {a.vulnerabilities.map((v, i) => (
        <Vulnerability key={v.cve ?? i} v={v} products={products} />
      ))}
      <h2>{t('web.advisory.productsN', { n: a.products.length })}</h2>
      <table className="grid small products">
        <thead>
          <tr>
            <th>{t('web.advisory.product')}</th>
            <th>{t('web.advisory.cpe')}</th>
          </tr>
        </thead>
        <tbody>
          {a.products.map((p) => (
            <tr key={p.id}>
              <td translate="no">{p.name}</td>
              <td>
                <code>{p.cpe ?? p.purl ?? '—'}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

function Vulnerability({
  v,
  products,
}: {
  v: AdvisoryVulnerabilityAnswer;
  products: ReadonlyMap<string, AdvisoryProductAnswer>;
}) {
  const { t } = useT();
  const name = (pid: string) => products.get(pid)?.name ?? pid;
  const groups = STATUS_ORDER.flatMap((s) => {
    const ids = v.status[s];
    return ids === undefined || ids.length === 0 ? [] : [{ status: s, ids }];
  });
  return (
    <section className="vulnerability card" data-cve={v.cve ?? ''}>
      <h3>
        {v.cve !== undefined ? <span translate="no">{v.cve}</span> : t('web.advisory.noCve')}
        {v.title !== undefined && <span translate="no">: {v.title}</span>}
      </h3>
      <p className="muted">
        {v.cwe !== undefined && (
          <span translate="no">
            {v.cwe.id} {v.cwe.name}.{' '}
          </span>
        )}
        {t('web.advisory.exploited')}{' '}
        <strong>
          {v.exploited === undefined
            ? t('web.advisory.notStated')
            : v.exploited
              ? t('web.advisory.yes')
              : t('web.advisory.no')}
        </strong>
      </p>
      {v.scores.length > 0 && (
        <table className="grid small scores">
          <thead>
            <tr>
              <th translate="no">CVSS</th>
              <th>{t('web.advisory.vector')}</th>
              <th>{t('web.advisory.baseScore')}</th>
              <th>{t('web.advisory.published')}</th>
            </tr>
          </thead>
          <tbody>
            {v.scores.map((s, i) => (
              <tr key={i}>
                <td>{s.version}</td>
                <td>
                  <code>{s.vector}</code>
                </td>
                <td>
                  <Score score={s.baseScore} />
                </td>
                <td>
                  {s.publishedScore === undefined
                    ? '—'
                    : s.publishedScore === s.baseScore
                      ? s.publishedScore.toFixed(1)
                      : t('web.advisory.differs', { score: s.publishedScore.toFixed(1) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {groups.length > 0 && (
        // CSAF product status names (known_affected, fixed …) are the standard's field values.
        <dl className="statuses" translate="no">
          {groups.map((g) => (
            <div key={g.status} data-status={g.status}>
              <dt>{statusLabel(g.status)}</dt>
              <dd>{g.ids.map(name).join('; ')}</dd>
            </div>
          ))}
        </dl>
      )}
      {v.remediations.length > 0 && (
        <>
          <h4>{t('web.advisory.remediations')}</h4>
          <ul>
            {v.remediations.map((r, i) => (
              <li key={i}>
                <strong translate="no">{statusLabel(r.category)}</strong>:{' '}
                <span translate="no">{r.text}</span>
                {r.url !== undefined && (
                  <>
                    {' '}
                    <a href={r.url} rel="noreferrer noopener" target="_blank">
                      {t('web.advisory.link')}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
