/**
 * @module rest/schemas/answers/admin
 * Administration lists (routes/admin.ts) and the build's features (routes/meta.ts), as the
 * dashboard's Admin and Report pages read them.
 */
import { z } from 'zod';
import { list } from './common.ts';

const orgId = z.string();

export const orgsAnswer = z.object({
  organisations: list(
    z.object({
      id: orgId,
      name: z.string(),
      parentOrg: orgId.nullable(),
      users: list(z.object({ id: z.string(), name: z.string(), isAdmin: z.boolean() })),
    }),
  ),
});

export const keysAnswer = z.object({
  keys: list(
    z.object({
      id: z.string().meta({ description: 'key id, never the key' }),
      userId: z.string(),
      userName: z.string().nullable(),
      orgId: orgId.nullable(),
      createdAt: z.string(),
      revokedAt: z.string().nullable(),
    }),
  ),
});

export const createdKeyAnswer = z.object({
  id: z.string().meta({ description: 'key id' }),
  key: z
    .string()
    .meta({ description: 'the secret: shown in this answer once, only its hash is kept' }),
});

export const collectionsAnswer = z.object({
  collections: list(
    z.object({
      id: z.string(),
      title: z.string(),
      ownerOrg: orgId.nullable(),
      grants: list(z.object({ orgId, canRead: z.boolean(), canWrite: z.boolean() })),
    }),
  ),
});

export const agreementsAnswer = z.object({
  agreements: list(
    z.object({
      id: z.string(),
      fromOrg: orgId,
      toOrg: orgId,
      collectionId: z.string(),
      levels: list(z.string()).meta({ description: 'TLP levels that flow; never red' }),
    }),
  ),
});

export const auditEventsAnswer = z.object({
  events: list(
    z.object({
      seq: z.int(),
      at: z.string(),
      userId: z.string().nullable(),
      orgId: orgId.nullable(),
      keyId: z.string().nullable().meta({ description: 'id of the API key used, never the key' }),
      action: z.string().meta({ description: 'e.g. taxii.objects.read, admin.org.add' }),
      collectionId: z.string().nullable(),
      target: z.string().nullable(),
      objectCount: z.int(),
      outcome: z.string().meta({ description: 'ok, denied, error, …' }),
      detail: z.string().nullable(),
    }),
  ),
});

export const featuresAnswer = z.object({
  features: list(z.object({ id: z.string(), label: z.string(), available: z.boolean() })),
});

export type OrgsAnswer = z.output<typeof orgsAnswer>;
export type KeysAnswer = z.output<typeof keysAnswer>;
export type CreatedKeyAnswer = z.output<typeof createdKeyAnswer>;
export type CollectionsAnswer = z.output<typeof collectionsAnswer>;
export type AgreementsAnswer = z.output<typeof agreementsAnswer>;
export type FeaturesAnswer = z.output<typeof featuresAnswer>;
export type AuditEventsAnswer = z.output<typeof auditEventsAnswer>;
