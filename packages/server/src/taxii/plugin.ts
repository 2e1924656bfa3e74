/**
 * @module taxii/plugin
 * TAXII 2.1 routes (discovery, API roots, collections, objects, manifest, versions, status).
 * Work in progress: the TAXII engineer replaces this file.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '@coopsec/store';

export interface TaxiiPluginOptions {
  readonly store: Store;
  readonly maxContentLength: number;
  readonly publicUrl?: string;
}

export const taxiiPlugin: FastifyPluginAsync<TaxiiPluginOptions> = async () => {};
