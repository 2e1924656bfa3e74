/**
 * @module rest/feature-list
 * Which parts of the product this build has, by the exports they need. The dashboard reads
 * /api/features and labels a page "not available yet" when its feature is missing.
 */
import { hasModel, loadReport } from './features.ts';

export interface Feature {
  readonly id: string;
  readonly label: string;
  readonly available: boolean;
}

const MODEL_FEATURES: readonly { id: string; label: string; needs: readonly string[] }[] = [
  {
    id: 'dynamics',
    label: 'Dynamics and ranks',
    needs: ['buildSeries', 'change', 'rankByLevel', 'rankByGrowth'],
  },
  { id: 'weakest', label: 'Weakest component', needs: ['buildSeries', 'weakestComponent'] },
  { id: 'index', label: 'Composite index', needs: ['compositeIndexSeries'] },
  { id: 'maturity', label: 'Maturity stages', needs: ['maturityStage'] },
  { id: 'interpolation', label: 'Interpolated estimates', needs: ['interpolate'] },
  { id: 'claims', label: 'Claims audit', needs: ['auditClaims', 'PAPER_CLAIMS'] },
  { id: 'model-graph', label: 'Model graph', needs: ['MODEL_GRAPH'] },
  { id: 'scenarios', label: 'Scenario projection', needs: ['projectScenario', 'parsePlan'] },
  {
    id: 'sensitivity',
    label: 'Sensitivity analysis',
    needs: ['runSensitivity', 'extrapolateTrend'],
  },
  { id: 'mapping', label: 'Table 2 mapping', needs: ['POLICY_MAPPINGS'] },
  {
    id: 'coverage',
    label: 'Coverage and recommendations',
    needs: ['coverageMatrix', 'rankGaps', 'recommend'],
  },
  { id: 'comparison', label: 'Regional comparison', needs: ['compareEdition', 'compareRegion'] },
];

export async function featureList(): Promise<Feature[]> {
  const report = await loadReport();
  return [
    ...MODEL_FEATURES.map((f) => ({ id: f.id, label: f.label, available: hasModel(...f.needs) })),
    {
      id: 'report-html',
      label: 'HTML report',
      available: typeof report?.renderReportHtml === 'function',
    },
    {
      id: 'report-pdf',
      label: 'PDF report',
      available: typeof report?.renderReportPdf === 'function',
    },
  ];
}
