/**
 * @module auth/logging
 * Pino redaction paths for the server logger: credentials never reach a log line.
 * (Request bodies are not logged by Fastify, so TLP:RED content stays out as well.)
 */
export const REDACT_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'authorization',
];
