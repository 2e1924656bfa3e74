/**
 * @module ui/boundary
 * Catches a page that fails while rendering (or a chunk that fails to load) and shows what
 * went wrong with a way back, instead of React unmounting the whole dashboard to a blank page.
 */
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/context.tsx';

function PageFailed({ message }: { message: string }) {
  const { t } = useT();
  return (
    <div className="notice error" role="alert">
      <strong>{t('web.status.pageFailed')}</strong> {message}{' '}
      <button type="button" className="secondary" onClick={() => window.location.reload()}>
        {t('web.status.reload')}
      </button>
    </div>
  );
}

export class PageBoundary extends Component<
  { children: ReactNode; page: string },
  { error: Error | undefined }
> {
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: { page: string }): void {
    if (previous.page !== this.props.page && this.state.error !== undefined)
      this.setState({ error: undefined });
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return <PageFailed message={this.state.error.message} />;
  }
}
