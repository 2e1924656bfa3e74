/**
 * @module rest/schemas/inventory
 * Requests of /api/inventory (GET, and PUT with a CSV body) and /api/advisories/matches (issue 17 item 4). Shapes only; the
 * CPE, purl, version and range rules are the domain's (@coopsec/advisory).
 */
import { z } from 'zod';
import { queryBool, text } from './common.ts';

export const inventoryParam = z.object({ org: text(128).min(1, 'must not be empty') });

/** The CSV file as text (parsed by the route's own text/csv parser); its rows are the app's. */
export const inventoryCsvBody = z
  .string({ error: 'must be a CSV file (content type text/csv)' })
  .meta({
    description:
      'RFC 4180 CSV with the header cpe_or_purl,version (version may be empty when the CPE or purl carries one)',
  });

export const matchesQuery = z.object({
  org: text(128)
    .optional()
    .meta({ description: 'One organisation (administrators; others always get their own)' }),
  advisory: text(300)
    .optional()
    .meta({ description: 'One advisory: its report id or CSAF tracking id' }),
  affected: queryBool
    .optional()
    .meta({ description: 'true: only the entries that run an affected version' }),
});
