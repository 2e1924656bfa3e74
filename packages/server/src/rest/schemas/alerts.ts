/**
 * @module rest/schemas/alerts
 * Requests of /api/alerts (issue 16 item 3).
 */
import { z } from 'zod';
import { body, queryInt, text } from './common.ts';

export const alertListQuery = z.object({
  collection: text().optional(),
  indicator: text().optional(),
  limit: queryInt(1, 1000),
});

export const subscriptionBody = body({
  url: text(2000).regex(/^https?:\/\//, 'must be an http(s) URL'),
  secret: text(500).min(16, 'must be a string of at least 16 characters'),
  collection: text().optional(),
});
