/**
 * @module main
 * Dashboard entry: mounts <App/>. Everything heavy (charts, graphs, pages) is loaded lazily.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { LanguageProvider } from './i18n/context.tsx';
import { parseHash } from './router.ts';
import { getApiKey } from './session.ts';
import { prefetch } from './use-api.ts';
import './styles.css';

// Start what the first page needs in parallel with the sign-in check instead of after it:
// the chart library for pages that draw charts, and the overview's data.
const first = parseHash(window.location.hash);
if (['overview', 'model', 'claims', 'standards', 'compare', 'scenarios'].includes(first.page))
  void import('./charts/echarts-setup.ts');
if (first.page === 'overview' && getApiKey() !== undefined) {
  prefetch('/api/countries');
  prefetch(`/api/countries/${encodeURIComponent(first.args[0] ?? 'KGZ')}/overview`);
}

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </StrictMode>,
  );
}
