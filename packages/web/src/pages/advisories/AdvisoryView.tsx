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
  const loaded = useApi<AdvisoryAnswer>(`/api/advisories/${encodeURIComponent(id)}`);
  return (
    <Show loaded={loaded} what="the advisory">
      {(a) => <AdvisoryArticle a={a} id={id} />}
    </Show>
  );
}

function AdvisoryArticle({ a, id }: { a: AdvisoryAnswer; id: string }) {
  const products = new Map(a.products.map((p) => [p.id, p]));
  const summary = a.notes.filter((n) => n.category === 'summary' || n.category === 'description');
  return (
    <article className="advisory" data-advisory={a.trackingId}>
      <p>
        <a href={href('advisories')}>← All advisories</a>
      </p>
      <h1>{a.title}</h1>
      <p className="muted">
        <code>{a.trackingId}</code> version {a.version} ({a.status}), {a.category} by{' '}
        {a.publisher.name}; released {a.initialReleaseDate.slice(0, 10)}, current{' '}
        {a.currentReleaseDate.slice(0, 10)}{' '}
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
          Download as CSAF 2.0
        </button>
      </p>
      {summary.map((n, i) => (
        <p key={i}>{n.text}</p>
      ))}
      <AffectedInventories id={id} />
      <h2>Vulnerabilities ({a.vulnerabilities.length})</h2>
      {a.vulnerabilities.map((v, i) => (
        <Vulnerability key={v.cve ?? i} v={v} products={products} />
      ))}
      <h2>Products ({a.products.length})</h2>
      <table className="grid small products">
        <thead>
          <tr>
            <th>Product</th>
            <th>CPE or purl</th>
          </tr>
        </thead>
        <tbody>
          {a.products.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
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
  const name = (pid: string) => products.get(pid)?.name ?? pid;
  const groups = STATUS_ORDER.flatMap((s) => {
    const ids = v.status[s];
    return ids === undefined || ids.length === 0 ? [] : [{ status: s, ids }];
  });
  return (
    <section className="vulnerability card" data-cve={v.cve ?? ''}>
      <h3>
        {v.cve ?? 'No CVE id'}
        {v.title !== undefined && <>: {v.title}</>}
      </h3>
      <p className="muted">
        {v.cwe !== undefined && (
          <>
            {v.cwe.id} {v.cwe.name}.{' '}
          </>
        )}
        Exploited in the wild:{' '}
        <strong>{v.exploited === undefined ? 'not stated' : v.exploited ? 'yes' : 'no'}</strong>
      </p>
      {v.scores.length > 0 && (
        <table className="grid small scores">
          <thead>
            <tr>
              <th>CVSS</th>
              <th>Vector</th>
              <th>Base score (computed)</th>
              <th>Published</th>
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
                      : `${s.publishedScore.toFixed(1)} (differs from the vector)`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {groups.length > 0 && (
        <dl className="statuses">
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
          <h4>Remediations</h4>
          <ul>
            {v.remediations.map((r, i) => (
              <li key={i}>
                <strong>{statusLabel(r.category)}</strong>: {r.text}
                {r.url !== undefined && (
                  <>
                    {' '}
                    <a href={r.url} rel="noreferrer noopener" target="_blank">
                      link
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
