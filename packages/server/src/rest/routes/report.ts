/**
 * @module rest/routes/report
 * The assessment report as one self-contained HTML file or as PDF, built by the app's
 * `buildReport` (the same loader as `coopsec report`, with the same fall-back to the bundled
 * data) through the server's renderer (one Chromium kept for every PDF). Sent as an attachment
 * with a dated file name.
 */
import { buildReport, type ReportRenderer, type ReportTlp } from '@coopsec/app';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { asRecord, countryCode, FieldErrors, optionalString } from '../params.ts';

export function reportRoutes(
  app: FastifyInstance,
  store: Store,
  renderer: ReportRenderer<unknown>,
): void {
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
    const report = await buildReport(
      store,
      {
        country,
        format: format === 'pdf' ? 'pdf' : 'html',
        ...(tlp === undefined ? {} : { tlp: `TLP:${tlp.toUpperCase()}` as ReportTlp }),
      },
      renderer,
    );
    if (report.pdf !== undefined) {
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${report.fileName}.pdf"`)
        .send(report.pdf);
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('content-disposition', `attachment; filename="${report.fileName}.html"`)
      .send(report.html);
  });
}
