/**
 * @module app
 * Builds the one server process: TAXII 2.1 under /taxii2/, the REST API under /api/, and the
 * web dashboard at /. The one composition root: `startServer` (npm start, `coopsec serve`) and
 * the tests build the server here, with its report renderer. Each area is a Fastify plugin in its own folder, so that their routes,
 * error formats and hooks stay encapsulated (TAXII errors are TAXII error bodies; REST errors
 * are problem+json).
 */
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { CaseReportRenderer, ReportRenderer } from '@coopsec/app';
import type { Store } from '@coopsec/store';
import { serverReportRenderer } from './report-renderer.ts';
import { taxiiPlugin } from './taxii/plugin.ts';
import { restPlugin } from './rest/plugin.ts';
import { webPlugin } from './web-static.ts';
import { installOperations, ServerMetrics } from './operations.ts';

export interface AppOptions {
  readonly store: Store;
  /** Pino logger options, or false for none (tests). Secrets and TLP:RED content are redacted. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Folder of the built dashboard; the dashboard is not served when absent. */
  readonly webRoot?: string;
  /** Largest request body accepted, in bytes (TAXII max_content_length). */
  readonly maxContentLength?: number;
  /** Public base URL, used in TAXII discovery and links. */
  readonly publicUrl?: string;
  /**
   * Report renderer; default: the server's own (one Chromium for every PDF, stopped when the
   * app closes).
   */
  readonly reports?: ReportRenderer<unknown> & CaseReportRenderer;
  /**
   * One info line per request received and answered (Fastify's request logging). Off by
   * default: two log lines per request cost more than a small TAXII GET (bench/RESULTS.md).
   * Opt in with COOPSEC_LOG_REQUESTS=1 (start.ts) or here; errors are logged either way.
   */
  readonly logRequests?: boolean;
  /**
   * The country this node serves: the overview shows this node's measured cooperation beside
   * that country's self-reported score (issue 18 item 2). Null or absent: not set.
   */
  readonly nodeCountry?: string | null;
}

export const DEFAULT_MAX_CONTENT_LENGTH = 10 * 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const maxContentLength = options.maxContentLength ?? DEFAULT_MAX_CONTENT_LENGTH;
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: options.logRequests !== true }),
    bodyLimit: maxContentLength,
    // STIX ids are `type--uuid`, and custom types may be up to 250 characters (STIX 2.1 §3.1):
    // an object that can be posted must be fetchable by id, so path parameters may be that long.
    routerOptions: { maxParamLength: 320 },
  });
  const metrics = new ServerMetrics(options.store);
  installOperations(app, options.store, metrics);
  await app.register(taxiiPlugin, {
    prefix: '/taxii2',
    store: options.store,
    metrics,
    maxContentLength,
    publicUrl: options.publicUrl,
  });
  let reports = options.reports;
  if (reports === undefined) {
    const own = serverReportRenderer();
    app.addHook('onClose', () => own.close());
    reports = own;
  }
  await app.register(restPlugin, {
    prefix: '/api',
    store: options.store,
    reports,
    nodeCountry: options.nodeCountry ?? null,
  });
  if (options.webRoot !== undefined) await app.register(webPlugin, { root: options.webRoot });
  return app;
}
