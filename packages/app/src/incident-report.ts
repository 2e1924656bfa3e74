/**
 * @module incident-report
 * The case report of one incident case (issue 17 item 5) for the REST API: the case exactly as
 * `showIncident` gives it to the caller (NOT_FOUND for an organisation outside the case, the
 * same answer as for a case that does not exist), rendered by the injected renderer as
 * self-contained HTML or as PDF with the case's TLP label on every page.
 */
import { incidentReportData, type IncidentActor } from './incidents.ts';
import { chooseLanguage, type Language } from './language.ts';
import type { CaseReportRenderer } from './report.ts';

export interface BuildIncidentReportOptions {
  readonly id: string;
  readonly format: 'html' | 'pdf';
  /** The language asked for by name (`?lang=`); wins over `acceptLanguage`. */
  readonly lang?: string;
  readonly acceptLanguage?: string;
  /** How the edge names `lang` in an error; default `lang`. */
  readonly langField?: string;
}

export async function buildIncidentReport(
  store: Parameters<typeof incidentReportData>[0],
  options: BuildIncidentReportOptions,
  who: IncidentActor,
  renderer: CaseReportRenderer,
): Promise<{ lang: Language; html: string; pdf?: Buffer; fileName: string }> {
  // An unknown language is the caller's mistake, said before the case is read.
  const lang = chooseLanguage({
    ...(options.lang === undefined ? {} : { requested: options.lang }),
    ...(options.acceptLanguage === undefined ? {} : { acceptLanguage: options.acceptLanguage }),
    field: options.langField ?? 'lang',
  });
  const { incident, linkedNames } = await incidentReportData(store, { id: options.id }, who);
  const { html, marking } = await renderer.renderCase(incident, {
    lang,
    linkedNames: new Map(Object.entries(linkedNames)),
  });
  const pdf = options.format === 'pdf' ? await renderer.renderPdf(html, { marking }) : undefined;
  const fileName = `coopsec-case-${options.id.replace(/^incident--/, '').slice(0, 8)}-${new Date().toISOString().slice(0, 10)}`;
  return { lang, html, ...(pdf === undefined ? {} : { pdf }), fileName };
}
