/**
 * @module report
 * Build a report: one loader of the report's data for every edge (the CLI's `coopsec report`
 * and `GET /api/countries/:country/report`), and the rendering through an injected renderer,
 * so that this package never loads ECharts or Chromium itself. The server injects one
 * renderer that keeps a single Chromium for every PDF and closes it on shutdown.
 *
 * Data: the store's assessments, sources, GCI figures and claims when the store holds
 * assessments of the country; otherwise the dataset bundled with coopsec (the same fallback
 * for both edges; a country the bundled data does not cover is NOT_FOUND from the builder).
 *
 * @example
 * const report = await buildReport(store, { country: 'KGZ', format: 'pdf' }, renderer);
 */
import {
  GCI_RECORDS,
  KGZ_PAPER_ASSESSMENTS,
  resolveCountry,
  type Assessment,
  type ClaimRecord,
  type GciRecord,
  type Source,
} from '@coopsec/model';
import { AssessmentRepository, ClaimRepository, GciRepository, type Store } from '@coopsec/store';
import { measuredCooperationFor, type MeasuredCooperationView } from './cooperation.ts';
import type { IncidentView } from './incidents.ts';
import { chooseLanguage, type Language } from './language.ts';

export type ReportTlp = 'TLP:CLEAR' | 'TLP:GREEN' | 'TLP:AMBER' | 'TLP:AMBER+STRICT' | 'TLP:RED';

export interface ReportData {
  readonly assessments: readonly Assessment[];
  readonly gci: readonly GciRecord[];
  readonly sources: readonly Source[];
  /** Stored claims about this country; absent: the builder's default (the paper's). */
  readonly claims?: readonly ClaimRecord[];
}

export interface LoadedReportData extends ReportData {
  /** Where the data came from: the store, or the dataset bundled with coopsec. */
  readonly origin: 'store' | 'bundled';
}

/** What the report package provides, injected by the edge that composes the product. */
export interface ReportRenderer<TInput = unknown> {
  buildInput(
    country: string,
    data: ReportData & {
      tlp: ReportTlp;
      lang: Language;
      plan?: unknown;
      generatedAt?: string;
      measuredCooperation?: MeasuredCooperationView;
    },
  ): Promise<TInput>;
  renderHtml(input: TInput): string;
  /** `marking`: a TLP label printed in the header and footer of every page (TLP 2.0). */
  renderPdf(html: string, options?: { marking?: string }): Promise<Buffer>;
}

/** What renders the case report (issue 17 item 5); the server's renderer is both. */
export interface CaseReportRenderer {
  /** The case as self-contained HTML, with the TLP label its PDF pages carry (the report package's rule). */
  renderCase(
    incident: IncidentView,
    options: { lang: Language; linkedNames: ReadonlyMap<string, string> },
  ): Promise<{ html: string; marking: string }>;
  renderPdf(html: string, options?: { marking?: string }): Promise<Buffer>;
}

export async function loadReportData(store: Store, country: string): Promise<LoadedReportData> {
  const alpha3 = resolveCountry(country).alpha3;
  const assessments = new AssessmentRepository(store);
  const stored = await assessments.list();
  const sources = await assessments.listSources();
  if (stored.some((a) => a.country === alpha3)) {
    const gci = await new GciRepository(store).list();
    const claims = (await new ClaimRepository(store).list())
      .filter(
        (c) =>
          (c.spec as ClaimRecord).claim.country === alpha3 ||
          (alpha3 === 'KGZ' && c.source === 'paper'),
      )
      .map((c) => c.spec as ClaimRecord);
    return {
      assessments: stored,
      sources,
      gci: gci.length > 0 ? gci : GCI_RECORDS,
      ...(claims.length > 0 ? { claims } : {}),
      origin: 'store',
    };
  }
  return { assessments: KGZ_PAPER_ASSESSMENTS, gci: GCI_RECORDS, sources, origin: 'bundled' };
}

export interface BuildReportOptions {
  readonly country: string;
  readonly format: 'html' | 'pdf';
  readonly tlp?: ReportTlp;
  /** An effort plan document for the scenario section (validated by the builder). */
  readonly plan?: unknown;
  readonly generatedAt?: string;
  /** The language asked for by name (`--lang`, `?lang=`); wins over `acceptLanguage`. */
  readonly lang?: string;
  /** An HTTP Accept-Language header, negotiated when no `lang` is given. */
  readonly acceptLanguage?: string;
  /** How the edge names `lang` in an error (`--lang`, `lang`); default `lang`. */
  readonly langField?: string;
  /**
   * The country this node serves (`nodeCountryFromEnv`), null when it is not set: the report
   * shows this node's measured cooperation beside the reported score, or says why it cannot.
   * Absent: the caller knows nothing of a node (the section is left out).
   */
  readonly nodeCountry?: string | null;
}

export async function buildReport<TInput>(
  store: Store,
  options: BuildReportOptions,
  renderer: ReportRenderer<TInput>,
) {
  const country = resolveCountry(options.country).alpha3;
  // Before any work: an unknown language is the caller's mistake, said before data is read.
  const lang = chooseLanguage({
    ...(options.lang === undefined ? {} : { requested: options.lang }),
    ...(options.acceptLanguage === undefined ? {} : { acceptLanguage: options.acceptLanguage }),
    field: options.langField ?? 'lang',
  });
  const { origin, ...data } = await loadReportData(store, country);
  const measuredCooperation =
    options.nodeCountry === undefined
      ? undefined
      : await measuredCooperationFor(store, { country, nodeCountry: options.nodeCountry });
  const input = await renderer.buildInput(country, {
    ...data,
    tlp: options.tlp ?? 'TLP:CLEAR',
    lang,
    ...(options.plan === undefined ? {} : { plan: options.plan }),
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
    ...(measuredCooperation === undefined ? {} : { measuredCooperation }),
  });
  const html = renderer.renderHtml(input);
  const pdf = options.format === 'pdf' ? await renderer.renderPdf(html) : undefined;
  return {
    country,
    lang,
    origin,
    input,
    html,
    ...(pdf === undefined ? {} : { pdf }),
    fileName: `coopsec-report-${country}-${new Date().toISOString().slice(0, 10)}`,
  };
}
