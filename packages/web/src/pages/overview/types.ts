/** The overview answer as the Overview page and its parts read it (types only). */
export type { Overview as OverviewData } from '../../types.ts';
