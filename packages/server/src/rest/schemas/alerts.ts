/**
 * @module rest/schemas/alerts
 * Requests of /api/alerts (issue 16 item 3).
 */
import { z } from 'zod';
import { body, queryInt, text } from './common.ts';

export const alertListQuery = z.object({
  collection: text().optional().meta({ description: 'Only this collection' }),
  indicator: text().optional().meta({ description: 'Only this indicator id' }),
  limit: queryInt(1, 1000).meta({ description: 'default 200' }),
});

export const inventoryAlertListQuery = z.object({
  advisory: text().optional().meta({ description: 'Only this advisory (its STIX report id)' }),
  org: text()
    .optional()
    .meta({ description: "Administrators: only this organisation's (default: every one)" }),
  limit: queryInt(1, 1000).meta({ description: 'default 200' }),
});

export const subscriptionBody = body({
  url: text(2000).regex(/^https?:\/\//, 'must be an http(s) URL'),
  secret: text(500).min(16, 'must be a string of at least 16 characters'),
  collection: text().optional(),
});
