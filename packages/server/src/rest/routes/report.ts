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
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countryParam } from '../schemas/common.ts';
import { reportQuery } from '../schemas/report.ts';

export function reportRoutes(
  base: FastifyInstance,
  store: Store,
  renderer: ReportRenderer<unknown>,
): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const schema = { params: countryParam, querystring: reportQuery };
  app.get('/countries/:country/report', { schema }, async (request, reply) => {
    const { country } = request.params;
    const { format = 'html', tlp } = request.query;
    const report = await buildReport(
      store,
      {
        country,
        format,
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
