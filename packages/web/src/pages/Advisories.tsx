/**
 * @module pages/Advisories
 * Vulnerability advisories (issue 17): the CSAF 2.0 advisories the signed-in organisation may
 * read (`#/advisories`), with a form to import one, and one advisory with its vulnerabilities,
 * CVSS scores and product statuses (`#/advisories/<id>`). The server decides what is shown, by
 * the same rule as TAXII (grants on the collection, TLP, agreements).
 */
import { useState } from 'react';
import type { PageProps } from '../App.tsx';
import { href } from '../router.ts';
import { Show } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import type { AdvisoriesAnswer } from '@coopsec/server/schemas';
import { AdvisoryView } from './advisories/AdvisoryView.tsx';
import { ImportAdvisory } from './advisories/ImportAdvisory.tsx';
import { Score } from './advisories/Score.tsx';
import { Level } from './incidents/format.tsx';
import { useT } from '../i18n/context.tsx';

export default function Advisories({ route }: PageProps) {
  const id = route.args[0];
  if (id !== undefined) return <AdvisoryView id={id} />;
  return <AdvisoryList />;
}

function AdvisoryList() {
  const { t } = useT();
  const [version, setVersion] = useState(0);
  const loaded = useApi<AdvisoriesAnswer>('/api/advisories', version);
  return (
    <section>
      <h1>{t('web.advisories.heading')}</h1>
      <p className="muted">
        {t('web.advisories.intro')} (<code>coopsec advisory list</code>,{' '}
        <code>GET /api/advisories</code>). {t('web.advisories.scores')}
      </p>
      <p>
        <a href={href('inventory')} data-testid="inventory-link">
          {t('web.inventory.yours')} →
        </a>
      </p>
      <Show loaded={loaded} what={t('web.advisories.what')}>
        {(data) =>
          data.advisories.length === 0 ? (
            <p className="notice empty-state">
              {t('web.advisories.none')}{' '}
              <code>coopsec advisory import file.json --org &lt;your org&gt;</code>.
            </p>
          ) : (
            <table className="grid advisories">
              <thead>
                <tr>
                  <th>{t('web.advisories.advisory')}</th>
                  <th>{t('web.advisories.trackingId')}</th>
                  <th>{t('web.advisories.publisher')}</th>
                  <th>{t('web.advisories.released')}</th>
                  <th translate="no">TLP</th>
                  <th translate="no">CVE</th>
                  <th>{t('web.advisories.highestCvss')}</th>
                  <th>{t('web.advisories.products')}</th>
                </tr>
              </thead>
              <tbody>
                {data.advisories.map((a) => (
                  <tr key={a.id} data-advisory={a.trackingId} translate="no">
                    <td>
                      <a href={href('advisories', a.id)}>{a.title}</a>
                    </td>
                    <td>
                      <code>{a.trackingId}</code> v{a.version}
                    </td>
                    <td>{a.publisher}</td>
                    <td>{a.currentReleaseDate.slice(0, 10)}</td>
                    <td>{a.tlp === undefined ? '—' : <Level kind="tlp" level={a.tlp} />}</td>
                    <td>{a.cves.length === 0 ? '—' : a.cves.join(', ')}</td>
                    <td>{a.maxScore === undefined ? '—' : <Score score={a.maxScore} />}</td>
                    <td>{a.products}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Show>
      <ImportAdvisory onImported={() => setVersion((v) => v + 1)} />
    </section>
  );
}
