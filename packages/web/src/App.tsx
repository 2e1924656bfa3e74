/**
 * @module App
 * Shell of the dashboard: sign-in with an API key, navigation, and the lazily loaded pages.
 * What a user sees is decided by the server from their organisation's grants; the shell only
 * hides the administration link from non-administrators.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { ApiError, getJson } from './api.ts';
import { href, parseHash, useRoute, type Route } from './router.ts';
import { getApiKey, setApiKey } from './session.ts';
import type { Principal } from './types.ts';
import type { MeAnswer } from '@coopsec/server/schemas';
import { ErrorBox, Loading } from './ui/status.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { PageBoundary } from './ui/boundary.tsx';
import { useT } from './i18n/context.tsx';
import { LanguageSwitch } from './i18n/LanguageSwitch.tsx';
import type { MessageKey } from '@coopsec/i18n';

export interface PageProps {
  readonly route: Route;
  readonly principal: Principal;
}

const PAGES: readonly {
  id: string;
  label: MessageKey;
  admin?: boolean;
  /** Reached from another page, not from the top navigation (which keeps one line at 1400 px). */
  linked?: boolean;
  load: () => Promise<{ default: ComponentType<PageProps> }>;
}[] = [
  { id: 'overview', label: 'web.nav.overview', load: () => import('./pages/Overview.tsx') },
  { id: 'assess', label: 'web.nav.assess', load: () => import('./pages/Assess.tsx') },
  { id: 'model', label: 'web.nav.model', load: () => import('./pages/ModelGraph.tsx') },
  { id: 'claims', label: 'web.nav.claims', load: () => import('./pages/Claims.tsx') },
  { id: 'standards', label: 'web.nav.standards', load: () => import('./pages/Standards.tsx') },
  { id: 'compare', label: 'web.nav.compare', load: () => import('./pages/Compare.tsx') },
  { id: 'scenarios', label: 'web.nav.scenarios', load: () => import('./pages/Scenarios.tsx') },
  { id: 'report', label: 'web.nav.report', load: () => import('./pages/Report.tsx') },
  { id: 'exchange', label: 'web.nav.exchange', load: () => import('./pages/Exchange.tsx') },
  { id: 'incidents', label: 'web.nav.incidents', load: () => import('./pages/Incidents.tsx') },
  { id: 'advisories', label: 'web.nav.advisories', load: () => import('./pages/Advisories.tsx') },
  {
    id: 'inventory',
    label: 'web.nav.inventory',
    linked: true,
    load: () => import('./pages/Inventory.tsx'),
  },
  {
    id: 'cooperation',
    label: 'web.nav.cooperation',
    load: () => import('./pages/Cooperation.tsx'),
  },
  { id: 'admin', label: 'web.nav.admin', admin: true, load: () => import('./pages/Admin.tsx') },
];

const LAZY = new Map(PAGES.map((p) => [p.id, lazy(p.load)]));
// The first page's code downloads while the session is being checked.
void PAGES.find((p) => p.id === parseHash(window.location.hash).page)?.load();

type Session =
  | { state: 'checking' }
  | { state: 'signed-out'; error?: ApiError }
  | { state: 'signed-in'; principal: Principal }
  | { state: 'error'; error: ApiError };

export function App() {
  const route = useRoute();
  const { t } = useT();
  // The session check runs once; a later language change must not sign the user in again.
  const errorTitle = useRef(t('web.status.error'));
  errorTitle.current = t('web.status.error');
  const [session, setSession] = useState<Session>({ state: 'checking' });

  const check = useCallback(async () => {
    if (getApiKey() === undefined) {
      setSession({ state: 'signed-out' });
      return;
    }
    try {
      const me = await getJson<MeAnswer>('/api/me');
      setSession({ state: 'signed-in', principal: me.principal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setApiKey(undefined);
        setSession({ state: 'signed-out', error });
      } else
        setSession({
          state: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError({
                  title: errorTitle.current,
                  status: 0,
                  detail: String(error),
                  errors: [],
                }),
        });
    }
  }, []);

  useEffect(() => {
    void check();
  }, [check]);

  if (session.state === 'checking') return <Loading what={t('web.shell.session')} />;
  if (session.state === 'error')
    return (
      <main className="page">
        <ErrorBox error={session.error} />
      </main>
    );
  if (session.state === 'signed-out') {
    return (
      <SignIn
        {...(session.error ? { previous: session.error } : {})}
        onSignedIn={(key) => {
          setApiKey(key);
          void check();
        }}
      />
    );
  }
  const principal = session.principal;
  const page = PAGES.find((p) => p.id === route.page && (p.admin !== true || principal.isAdmin));
  const Page = page ? LAZY.get(page.id) : undefined;
  return (
    <div className="shell">
      <header className="top">
        <a className="brand" href={href('overview')}>
          coopsec
        </a>
        <nav>
          {PAGES.filter((p) => p.linked !== true && (p.admin !== true || principal.isAdmin)).map(
            (p) => (
              <a key={p.id} href={href(p.id)} className={p.id === route.page ? 'active' : ''}>
                {t(p.label)}
              </a>
            ),
          )}
        </nav>
        {/* Two short lines (who; sign out and language) keep the header one line wide. */}
        <div className="who">
          <span
            className="who-name"
            title={t('web.shell.whoTitle', {
              user: principal.userName,
              org: principal.orgId,
              key: principal.keyId,
            })}
          >
            {/* Each fact once: the first administrator is user "admin" of organisation "admin". */}
            <span translate="no">
              {principal.userName}
              {principal.orgId !== principal.userName ? ` (${principal.orgId})` : ''}
            </span>
            {principal.isAdmin ? ` · ${t('web.shell.administrator')}` : ''}
          </span>
          <span className="account-actions">
            <button
              type="button"
              className="link"
              onClick={() => {
                setApiKey(undefined);
                setSession({ state: 'signed-out' });
              }}
            >
              {t('web.shell.signOut')}
            </button>
            <LanguageSwitch />
          </span>
        </div>
      </header>
      <main className="page" data-page={page?.id ?? 'unknown'}>
        {Page === undefined ? (
          <p>
            {t('web.shell.noPage', { page: route.page })}{' '}
            <a href={href('overview')}>{t('web.shell.toOverview')}</a>.
          </p>
        ) : (
          <PageBoundary page={route.page}>
            <Suspense fallback={<Loading what={page ? t(page.label) : t('web.shell.page')} />}>
              <Page route={route} principal={principal} />
            </Suspense>
          </PageBoundary>
        )}
      </main>
    </div>
  );
}
