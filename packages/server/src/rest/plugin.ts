/**
 * @module rest/plugin
 * The REST API under /api: everything the CLI can do, as JSON, with problem+json errors
 * (RFC 9457) and an OpenAPI 3.1 document at /api/openapi.json. Routes live one area per file
 * in routes/; errors go through one handler and one code table (problem.ts).
 */
import type {
  FastifyError,
  FastifyInstance,
  FastifyPluginAsync,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import { negotiateLanguage, type Language } from '@coopsec/i18n';
import type { CaseReportRenderer, ReportRenderer } from '@coopsec/app';
import type { Store } from '@coopsec/store';
import { CoopsecError } from '@coopsec/model';
import {
  NotAvailableError,
  notAvailableProblem,
  PROBLEM_MEDIA_TYPE,
  problemFromError,
  type Problem,
} from './problem.ts';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { installAuth } from './auth.ts';
import { collectRoutes } from './openapi.ts';
import { validationProblem, type SchemaIssue } from './validation-problem.ts';
import { adminRoutes } from './routes/admin.ts';
import { peerRoutes } from './routes/peers.ts';
import { assessmentRoutes } from './routes/assessments.ts';
import { claimRoutes } from './routes/claims.ts';
import { compareRoutes } from './routes/compare.ts';
import { reportRoutes } from './routes/report.ts';
import { scenarioRoutes } from './routes/scenarios.ts';
import { standardsRoutes } from './routes/standards.ts';
import { toolRoutes } from './routes/tools.ts';
import { metaRoutes } from './routes/meta.ts';
import { engineExportRoutes } from './routes/engine-exports.ts';
import { sensorRoutes } from './routes/sensors.ts';
import { alertRoutes } from './routes/alerts.ts';
import { assessEntryRoutes } from './routes/assess-entry.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { incidentRoutes } from './routes/incidents.ts';
import { advisoryRoutes } from './routes/advisories.ts';
import { inventoryRoutes } from './routes/inventory.ts';

export interface RestPluginOptions {
  readonly store: Store;
  /** Renders reports (HTML, PDF); the composition root (app.ts) gives one for the process. */
  readonly reports: ReportRenderer<unknown> & CaseReportRenderer;
  /** The country this node serves, or null (see AppOptions.nodeCountry). */
  readonly nodeCountry?: string | null;
}

export const restPlugin: FastifyPluginAsync<RestPluginOptions> = async (app, options) => {
  installErrorHandling(app);
  // Route schemas are zod (schemas/); they validate input here. Answers are written with
  // plain JSON.stringify: fast-json-stringify over converted zod schemas drops or reshapes
  // fields, so the contract of an answer is checked by tests (safeParse), not at run time.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installAuth(app, options.store);
  const routes = collectRoutes(app); // before any route: the OpenAPI document is made of them
  metaRoutes(app, options.store, routes);
  assessmentRoutes(app, options.store, options.nodeCountry ?? null);
  claimRoutes(app, options.store, options.nodeCountry ?? null);
  standardsRoutes(app, options.store);
  compareRoutes(app);
  scenarioRoutes(app, options.store);
  reportRoutes(app, options.store, options.reports, options.nodeCountry ?? null);
  toolRoutes(app, options.store);
  adminRoutes(app, options.store);
  peerRoutes(app, options.store);
  engineExportRoutes(app, options.store);
  sensorRoutes(app, options.store);
  alertRoutes(app, options.store);
  assessEntryRoutes(app, options.store);
  metricsRoutes(app, options.store);
  incidentRoutes(app, options.store, options.reports);
  advisoryRoutes(app, options.store);
  inventoryRoutes(app, options.store);
  await Promise.resolve();
};

function installErrorHandling(app: FastifyInstance): void {
  // The problem's title speaks the request's language (Accept-Language, as the report does).
  const languageOf = (request: FastifyRequest): Language =>
    negotiateLanguage(request.headers['accept-language']);
  const send = (reply: FastifyReply, problem: Problem, lang: Language): void => {
    void reply
      .code(problem.status)
      .type(PROBLEM_MEDIA_TYPE)
      .header('content-language', lang)
      .header('vary', 'Accept-Language')
      .send(problem);
  };
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const lang = languageOf(request);
    const problem = toProblem(error, lang);
    if (problem.status >= 500 && problem.status !== 501 && problem.status !== 503)
      request.log.error({ err: error }, 'REST request failed');
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer realm="coopsec"');
    send(reply, problem, lang);
  });
  app.setNotFoundHandler((request, reply) => {
    const lang = languageOf(request);
    const problem = problemFromError(
      new CoopsecError(
        'NOT_FOUND',
        `no API route ${request.method} ${request.url.split('?')[0] ?? ''}`,
      ),
      lang,
    );
    send(reply, problem, lang);
  });
}

/** Fastify's own errors (bad JSON, body too large, wrong media type) keep their status. */
function toProblem(error: unknown, lang: Language): Problem {
  if (error instanceof NotAvailableError) return notAvailableProblem(error.feature, lang);
  if (error instanceof CoopsecError) return problemFromError(error, lang);
  const validation = (error as { validation?: readonly SchemaIssue[] }).validation;
  if (Array.isArray(validation) && validation.length > 0)
    return validationProblem(
      validation,
      (error as { validationContext?: string }).validationContext ?? 'request',
      lang,
    );
  const status = (error as Partial<FastifyError>).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code =
      status === 413
        ? 'TOO_LARGE'
        : status === 415
          ? 'UNSUPPORTED'
          : status === 401
            ? 'UNAUTHENTICATED'
            : status === 403
              ? 'FORBIDDEN'
              : status === 404
                ? 'NOT_FOUND'
                : 'BAD_INPUT';
    const message = error instanceof Error ? error.message : 'bad request';
    const field =
      (error as Partial<FastifyError>).code?.startsWith('FST_ERR_CTP') === true
        ? 'body'
        : undefined;
    const p = problemFromError(
      new CoopsecError(code, message, { details: field ? [{ field, message }] : [] }),
      lang,
    );
    return { ...p, status };
  }
  return problemFromError(error, lang);
}
