/**
 * @module ui/status
 * Loading, error and "not available yet" blocks. A 501 from the server means another part of
 * the product has not landed in this build: say so plainly instead of showing an error.
 */
import type { ReactNode } from 'react';
import type { ApiError } from '../api.ts';
import type { Loaded } from '../use-api.ts';
import { useT } from '../i18n/context.tsx';

export function Loading({ what }: { what: string }) {
  const { t } = useT();
  return (
    <p className="muted" role="status">
      {t('web.status.loading', { what })}
    </p>
  );
}

export function NotAvailable({ feature, detail }: { feature: string; detail?: string }) {
  const { t } = useT();
  return (
    <div className="notice not-available" role="note">
      <strong>{t('web.status.notAvailable', { feature })}</strong>{' '}
      {detail ?? t('web.status.notInBuild')}
    </div>
  );
}

export function ErrorBox({ error }: { error: ApiError }) {
  const { t } = useT();
  if (error.status === 501)
    return <NotAvailable feature={error.problem.title} detail={error.problem.detail} />;
  return (
    <div className="notice error" role="alert">
      <strong>
        {error.problem.title}
        {error.status > 0 ? ` (HTTP ${error.status})` : ''}
      </strong>
      : {error.problem.detail}
      {error.problem.errors.length > 0 && (
        <ul>
          {error.problem.errors.map((e, i) => (
            <li key={i}>
              {e.field ?? e.path ?? (e.row !== undefined ? t('web.status.row', { n: e.row }) : '')}{' '}
              {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Renders a Loaded value: loading text, the server's error, or the content. */
export function Show<T>({
  loaded,
  what,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'loading') return <Loading what={what} />;
  if (loaded.state === 'error') return <ErrorBox error={loaded.error} />;
  return <>{children(loaded.data)}</>;
}

/** The label every estimated or projected value carries. */
export function EstimatedTag({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <span className="tag estimated" title={t('web.status.computedNotMeasured')}>
      {label ?? t('web.status.estimated')}
    </span>
  );
}
