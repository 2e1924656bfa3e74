/**
 * @module rest/routes/report
 * The assessment report as one self-contained HTML file or as PDF (rendered by Debian's
 * Chromium through @coopsec/report). Sent as an attachment with a dated file name.
 */
import { CoopsecError } from '@coopsec/model';
import { AssessmentRepository, GciRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { loadReport } from '../features.ts';
import { NotAvailableError } from '../problem.ts';
import { asRecord, countryCode, FieldErrors, optionalString } from '../params.ts';

type BuildInput = (
  country: string,
  data: { assessments: readonly unknown[]; gci?: readonly unknown[]; tlp?: string; plan?: unknown },
) => Promise<unknown>;
type RenderHtml = (input: unknown) => string;
type RenderPdf = (html: string, options?: Record<string, unknown>) => Promise<Buffer>;

export function reportRoutes(app: FastifyInstance, store: Store): void {
  app.get('/countries/:country/report', async (request, reply) => {
    const errors = new FieldErrors();
    const country = countryCode(errors, asRecord(request.params));
    const q = asRecord(request.query);
    const format =
      optionalString(errors, q, 'format', {
        pattern: /^(html|pdf)$/,
        hint: 'must be html or pdf',
      }) ?? 'html';
    const tlp = optionalString(errors, q, 'tlp', {
      pattern: /^(clear|green|amber|amber\+strict|red)$/i,
      hint: 'must be clear, green, amber, amber+strict or red',
    });
    errors.throwIfAny();
    const report = await loadReport();
    const build = report?.buildReportInput as BuildInput | undefined;
    const html = report?.renderReportHtml as RenderHtml | undefined;
    const pdf = report?.renderReportPdf as RenderPdf | undefined;
    if (build === undefined || html === undefined) throw new NotAvailableError('The HTML report');
    if (format === 'pdf' && pdf === undefined) throw new NotAvailableError('The PDF report');
    const assessments = await new AssessmentRepository(store).list({ country });
    if (assessments.length === 0)
      throw new CoopsecError('NOT_FOUND', `no assessments stored for ${country}`, {
        details: [{ field: 'country', message: 'no assessments' }],
      });
    const input = await build(country, {
      assessments,
      gci: await new GciRepository(store).list(),
      ...(tlp ? { tlp: tlp.toLowerCase() } : {}),
    });
    const page = html(input);
    const date = new Date().toISOString().slice(0, 10);
    const name = `coopsec-report-${country}-${date}`;
    if (format === 'pdf' && pdf !== undefined) {
      const bytes = await pdf(page);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}.pdf"`)
        .send(bytes);
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.html"`)
      .send(page);
  });
}
