/**
 * @module rest/routes/engine-exports
 * A collection's indicators for the engines a subscriber runs (issue 16 item 5):
 * - `GET /api/collections/:id/exports/zeek`: a Zeek Intel file (text/plain);
 * - `GET /api/collections/:id/exports/suricata`: the file names of the Suricata export;
 * - `GET /api/collections/:id/exports/suricata/:file`: one of those files (text/plain).
 * Each caller gets only the indicator versions TAXII would serve it: the same access decision
 * (`resolveAccess`), the same per-version rule (`servedBody`: TLP, grants, agreements,
 * granular markings), no copy of either. Formats: `@coopsec/match` exports/engines.ts.
 */
import { CoopsecError } from '@coopsec/model';
import { suricataExport, zeekIntelExport } from '@coopsec/match';
import type { ExportIndicator, ExportResult } from '@coopsec/match';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { servedObjects } from '../served-objects.ts';
import type { Principal } from '../../auth/principal.ts';
import { principalOf } from '../auth.ts';
import { collectionParam, exportFileParam } from '../schemas/exchange.ts';

/**
 * The latest version of every indicator in the collection that `principal` may receive (TAXII's
 * own decision); undefined when it may not read the collection.
 */
export async function servedIndicators(
  store: Store,
  principal: Principal,
  collectionId: string,
): Promise<ExportIndicator[] | undefined> {
  return (await servedObjects(store, principal, collectionId, ['indicator'])) as
    ExportIndicator[] | undefined;
}

export function engineExportRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const exportOf = async (
    principal: Principal,
    id: string,
    engine: 'suricata' | 'zeek',
  ): Promise<ExportResult> => {
    const indicators = await servedIndicators(store, principal, id);
    // an unreadable collection is reported as missing, as TAXII does (no existence leak)
    if (indicators === undefined)
      throw new CoopsecError('NOT_FOUND', `no collection "${id}" readable by this key`);
    const options = { now: Date.now(), source: `coopsec ${id}` };
    return engine === 'suricata'
      ? suricataExport(indicators, options)
      : zeekIntelExport(indicators, options);
  };

  const params = { schema: { params: collectionParam } };
  app.get(
    '/collections/:id/exports/zeek',
    {
      ...params,
      schema: {
        ...params.schema,
        ...doc('stix', "The collection's indicators the caller may read, as a Zeek Intel file", {
          produces: ['text/plain'],
        }),
      },
    },
    async (request, reply) => {
      const r = await exportOf(principalOf(request), request.params.id, 'zeek');
      return reply.type('text/plain; charset=utf-8').send(r.files['coopsec.intel']);
    },
  );
  app.get(
    '/collections/:id/exports/suricata',
    {
      ...params,
      schema: {
        ...params.schema,
        ...doc(
          'stix',
          'The files of the Suricata export (datasets, rules, IP reputation) and what was skipped',
        ),
      },
    },
    async (request) => {
      const r = await exportOf(principalOf(request), request.params.id, 'suricata');
      return { exported: r.exported, skipped: r.skipped, files: Object.keys(r.files) };
    },
  );
  app.get(
    '/collections/:id/exports/suricata/:file',
    {
      schema: {
        ...doc('stix', 'One file of the Suricata export', { produces: ['text/plain'] }),
        params: exportFileParam,
      },
    },
    async (request, reply) => {
      const { id, file } = request.params;
      const r = await exportOf(principalOf(request), id, 'suricata');
      const text = Object.hasOwn(r.files, file) ? r.files[file] : undefined;
      if (text === undefined)
        throw new CoopsecError(
          'NOT_FOUND',
          `no Suricata export file "${file}" (known: ${Object.keys(r.files).join(', ')})`,
        );
      return reply.type('text/plain; charset=utf-8').send(text);
    },
  );
}
