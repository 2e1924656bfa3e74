/**
 * @module rest/schemas/answers/inventory
 * Answers of routes/inventory.ts: an organisation's inventory (`GET /api/inventory/:org`,
 * the app's `listInventory`), its replacement (`PUT`, `importInventoryCsv`) and what the stored advisories say about inventories
 * (`GET /api/advisories/matches`, the app's `inventoryMatches`).
 */
import { z } from 'zod';
import { list } from './common.ts';

export const inventoryAnswer = z.object({
  orgId: z.string(),
  entries: list(
    z.object({
      position: z.int(),
      identifier: z.string(),
      version: z.string(),
      importedAt: z.string(),
    }),
  ),
});

/** `PUT /api/inventory/:org`: the inventory was replaced by this many entries. */
export const importedInventoryAnswer = z.object({
  orgId: z.string(),
  entries: z.int(),
  alertsRaised: z.int().meta({
    description: 'alerts newly raised for the organisation by stored advisories affecting it',
  }),
});

export const inventoryMatchesAnswer = z.object({
  matches: list(
    z.object({
      orgId: z.string(),
      advisoryId: z.string(),
      trackingId: z.string(),
      title: z.string(),
      tlp: z.string().optional(),
      cve: z.string().optional(),
      identifier: z.string(),
      version: z.string(),
      status: z.enum(['fixed', 'not_affected', 'affected', 'under_investigation']),
      matched: z.boolean(),
      productIds: list(z.string()),
    }),
  ),
  affected: z.record(z.string(), z.int()),
  problems: list(z.object({ advisoryId: z.string(), productId: z.string(), message: z.string() })),
});

export type InventoryAnswer = z.output<typeof inventoryAnswer>;
export type ImportedInventoryAnswer = z.output<typeof importedInventoryAnswer>;
export type InventoryMatchesAnswer = z.output<typeof inventoryMatchesAnswer>;
export type InventoryMatchAnswer = InventoryMatchesAnswer['matches'][number];
