/**
 * @module build-input
 * `buildReportInput(country, data)`: fills the plain `ReportInput` from the model's functions
 * and the data given (assessments from the store or the bundled dataset). Asynchronous only
 * because the Figure 2 layout (elkjs) is; the result is JSON-safe and can be cached.
 *
 * Sections whose model API is not in this build come back `{ available: false, reason }`.
 */
import {
  CoopsecError,
  GCI_RECORDS,
  PAPER_CLAIMS,
  PAPER_TABLE1,
  SOURCES,
  resolveCountry,
  type Assessment,
  type ClaimRecord,
  type GciRecord,
  type Source,
} from '@coopsec/model';
import { buildClaims } from './build/claims.ts';
import { buildDynamics, COMPUTED_SOURCE_ID } from './build/dynamics.ts';
import { buildGaps } from './build/gaps.ts';
import { buildMeasured, type MeasuredCooperationInput } from './build/measured.ts';
import { buildModelGraph } from './build/graph.ts';
import { buildCoverage, buildTable2, policyMappingOf } from './build/mapping.ts';
import { buildScenario, SCENARIO_SOURCE_ID } from './build/scenario.ts';
import { buildRegional } from './build/regional.ts';
import type { Language } from '@coopsec/i18n';
import { messagesFor, type Messages } from './i18n/messages.ts';
import type {
  Availability,
  ReportInput,
  ReportSource,
  ScenarioData,
  Table1Data,
  TlpLabel,
} from './input.ts';

export interface ReportData {
  /** Assessments of any countries; the report's country is picked out. */
  readonly assessments: readonly Assessment[];
  /** GCI figures; default: the bundled ones. */
  readonly gci?: readonly GciRecord[];
  /** Extra or stored sources; merged over the bundled list by id. */
  readonly sources?: readonly Source[];
  /** Claims to audit; default: the paper's claims about this country (all of them for KGZ). */
  readonly claims?: readonly ClaimRecord[];
  /** An effort plan document (coopsec-effort-plan/1) for the scenario section; default: the documented default plan (`DEFAULT_PLAN`). */
  readonly plan?: unknown;
  /** Last year of the scenario; default: six years after the base year, or the plan's last year. */
  readonly horizon?: number;
  readonly tlp?: TlpLabel;
  /** Default: now. Set it for reproducible output. */
  readonly generatedAt?: string;
  /** Estimate the missing inner years by linear interpolation (labelled). Default true. */
  readonly interpolate?: boolean;
  /** The report's language; default English. */
  readonly lang?: Language;
  /** Messages to use instead of the language's own (tests: a pseudo-locale). */
  readonly messages?: Messages;
  /**
   * This node's measured cooperation (the app's `measuredCooperationFor`); absent: the measured
   * section is left out. Not available: the section says why.
   */
  readonly measuredCooperation?: MeasuredCooperationInput;
}

/**
 * A source record as the report cites it. A URL or DOI is taken only from the record itself
 * (`url`, `doi` where the data carries them); coopsec's own computations are marked computed.
 */
function reportSource(
  s: Source & { readonly url?: unknown; readonly doi?: unknown },
): ReportSource {
  const url = typeof s.url === 'string' && /^https?:\/\//.test(s.url) ? { url: s.url } : {};
  const doi = typeof s.doi === 'string' && s.doi !== '' ? { doi: s.doi } : {};
  return {
    id: s.id,
    citation: s.citation,
    ...(s.note === undefined ? {} : { note: s.note }),
    ...url,
    ...doi,
    kind: s.id.startsWith('coopsec-') ? 'computed' : 'publication',
  };
}

const ok = <TData>(data: TData): Availability<TData> => ({ available: true, data });
const no = <TData>(reason: string): Availability<TData> => ({ available: false, reason });

function table1(): Table1Data {
  const t = PAPER_TABLE1;
  return {
    title: t.title,
    rows: t.rows.map((r) => ({
      trend: r.trend,
      challenge: r.challenge,
      response: r.response,
      component: r.component,
      location: r.location,
    })),
    sourceId: t.sourceId,
    compiledFrom: t.compiledFrom,
    location: t.location,
    note: t.componentNote,
  };
}

/**
 * @example
 * const input = await buildReportInput('KGZ', { assessments: KGZ_PAPER_ASSESSMENTS });
 * input.dynamics.available; // true
 */
export async function buildReportInput(country: string, data: ReportData): Promise<ReportInput> {
  const lang = data.lang ?? 'en';
  const m = data.messages ?? messagesFor(lang);
  const resolved = resolveCountry(country);
  const code = resolved.alpha3;
  const rows = data.assessments.filter((a) => a.country === code);
  if (rows.length === 0) {
    throw new CoopsecError(
      'NOT_FOUND',
      `no assessment data for ${resolved.name} (${code}): import assessments first`,
      {
        details: [{ field: 'country', message: `${code} has no assessments in the data given` }],
      },
    );
  }
  const gci = data.gci ?? GCI_RECORDS;
  const sourceMap = new Map<string, ReportSource>(SOURCES.map((s) => [s.id, reportSource(s)]));
  for (const s of data.sources ?? []) sourceMap.set(s.id, reportSource(s));
  sourceMap.set(COMPUTED_SOURCE_ID, {
    id: COMPUTED_SOURCE_ID,
    citation: m.sourcesSection.computed,
    note: m.sourcesSection.computedNote,
    kind: 'computed',
  });
  if (data.measuredCooperation?.available === true) {
    const id = data.measuredCooperation.source.id;
    sourceMap.set(id, {
      id,
      citation: m.measured.sourceCitation,
      note: m.measured.sourceNote,
      kind: 'computed',
    });
  }
  sourceMap.set(SCENARIO_SOURCE_ID, {
    id: SCENARIO_SOURCE_ID,
    citation: m.sourcesSection.scenario,
    note: m.sourcesSection.scenarioNote,
    kind: 'computed',
  });

  const dynamics = buildDynamics({
    country: code,
    assessments: rows,
    interpolate: data.interpolate ?? true,
  });
  const regional = buildRegional({ country: code, gci });
  const claimRecords =
    data.claims ??
    (code === 'KGZ' ? PAPER_CLAIMS : PAPER_CLAIMS.filter((r) => r.claim.country === code));
  const claims = buildClaims({ records: claimRecords, assessments: data.assessments, gci });
  const mapping = policyMappingOf(code);
  const table2 = mapping === undefined ? undefined : buildTable2(mapping);
  const coverage = mapping === undefined ? undefined : buildCoverage(mapping, COMPUTED_SOURCE_ID);
  const gaps = buildGaps({ dynamics, ...(table2 === undefined ? {} : { table2 }) });
  const modelGraph = await buildModelGraph();
  // A bad plan is the caller's error (BAD_INPUT), raised before anything is written. Without a
  // plan the documented default plan runs; if it cannot (no complete base year), the section
  // says why instead.
  let scenario: Availability<ScenarioData>;
  const horizon = data.horizon === undefined ? {} : { horizon: data.horizon };
  if (data.plan !== undefined) {
    scenario = ok(buildScenario({ country: code, assessments: rows, plan: data.plan, ...horizon }));
  } else {
    try {
      scenario = ok(buildScenario({ country: code, assessments: rows, ...horizon }));
    } catch (error) {
      if (!(error instanceof CoopsecError)) throw error;
      scenario = no(error.message);
    }
  }
  const input: ReportInput = {
    lang,
    country: { code, name: resolved.commonName ?? resolved.name },
    generatedAt: data.generatedAt ?? new Date().toISOString(),
    tlp: data.tlp ?? 'TLP:CLEAR',
    sources: [...sourceMap.values()],
    dynamics: ok(dynamics),
    modelGraph: ok(modelGraph),
    table1: ok(table1()),
    table2: table2 === undefined ? no(m.report.noPolicyMapping(code)) : ok(table2),
    coverage: coverage === undefined ? no(m.report.noPolicyMapping(code)) : ok(coverage),
    regional: regional === undefined ? no(m.report.noGci(code)) : ok(regional),
    claims: ok(claims),
    scenario,
    gaps: ok({ items: gaps }),
    ...(data.measuredCooperation === undefined
      ? {}
      : { measured: buildMeasured({ country: code, view: data.measuredCooperation, m }) }),
  };
  return input;
}
