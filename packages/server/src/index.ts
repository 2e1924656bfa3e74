/**
 * @module @coopsec/server
 * The coopsec server: TAXII 2.1, REST API and dashboard in one Fastify process.
 */
export { buildApp, DEFAULT_MAX_CONTENT_LENGTH, type AppOptions } from './app.ts';
export type { Principal } from './auth/principal.ts';
