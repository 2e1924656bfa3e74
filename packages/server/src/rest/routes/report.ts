/**
 * @module rest/routes/report
 * The assessment report as one self-contained HTML file or as PDF, built by the app's
 * `buildReport` (the same loader as `coopsec report`, with the same fall-back to the bundled
 * data) through the server's renderer (one Chromium kept for every PDF). Sent as an attachment
 * with a dated file name. Its language: `?lang=` (en, ru; anything else is a 400 naming `lang`),
 * else the Accept-Language header, else English. The measured-cooperation section is this
 * node's (COOPSEC_NODE_COUNTRY), as in the overview.
 */
import { buildReport, type ReportRenderer, type ReportTlp } from '@coopsec/app';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countryParam } from '../schemas/common.ts';
import { reportQuery } from '../schemas/report.ts';

export function reportRoutes(
  base: FastifyInstance,
  store: Store,
  renderer: ReportRenderer<unknown>,
  nodeCountry: string | null = null,
): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const schema = { params: countryParam, querystring: reportQuery };
  app.get(
    '/countries/:country/report',
    {
      schema: {
        ...schema,
        ...doc('report', 'The assessment report as a self-contained HTML file or as PDF', {
          produces: ['text/html', 'application/pdf'],
        }),
      },
    },
    async (request, reply) => {
      const { country } = request.params;
      const { format = 'html', tlp, lang } = request.query;
      const acceptLanguage = request.headers['accept-language'];
      const report = await buildReport(
        store,
        {
          country,
          format,
          ...(tlp === undefined ? {} : { tlp: `TLP:${tlp.toUpperCase()}` as ReportTlp }),
          ...(lang === undefined ? {} : { lang }),
          ...(acceptLanguage === undefined ? {} : { acceptLanguage }),
          langField: 'lang',
          // The node's own measured cooperation beside the reported score (issue 18 item 2).
          nodeCountry,
        },
        renderer,
      );
      // The language may follow Accept-Language: caches keep one copy per language.
      void reply.header('content-language', report.lang).header('vary', 'Accept-Language');
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
    },
  );
}
