/**
 * @module commands/exchange-admin
 * Administration of the exchange from the host's shell: organisations, API keys, TAXII
 * collections, grants and sharing agreements, and the audit log — adapters over the admin use
 * cases of @coopsec/app (the REST API's /api/orgs, /keys, … use the same ones). Every change is
 * written to the audit log ("coopsec CLI").
 *
 *   coopsec org add kg-cert --name "KG-CERT" [--parent <org>]
 *   coopsec key create --org kg-cert [--user analyst] [--admin]      (prints the key once)
 *   coopsec key list                                                  (never prints secrets)
 *   coopsec key revoke <key id>
 *   coopsec collection add indicators --title "Indicators" [--owner kg-cert]
 *   coopsec collection grant indicators --org kz-cert --read [--write]
 *   coopsec agreement add --from kg-cert --to kz-cert --collection indicators --tlp green,amber
 */
import {
  addAgreement,
  addCollection,
  addOrganisation,
  createApiKeyForOrg,
  grantCollection,
  listAgreements,
  listApiKeys,
  listAuditEvents,
  listCollections,
  listOrganisations,
  revokeApiKey,
  type Actor,
} from '@coopsec/app';
import { parseAgreementLevels } from '@coopsec/store';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, formatTable, show } from '../output.ts';

const CLI: Actor = { via: 'coopsec CLI' };

export const orgAddAction = action(
  async (id: string, options: { name: string; parent?: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const created = await addOrganisation(
        store,
        { id, name: options.name, parentOrg: options.parent ?? null },
        CLI,
      );
      show(
        command,
        created,
        `added organisation ${created.id}${created.parentOrg !== null ? ` (client of ${created.parentOrg})` : ''}`,
      );
    }),
);

export const orgListAction = action(async (_options: object, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const answer = await listOrganisations(store);
    show(
      command,
      answer,
      formatTable(
        ['id', 'name', 'parent', 'users'],
        answer.organisations.map((o) => [
          o.id,
          o.name,
          o.parentOrg,
          o.users.map((u) => `${u.name}${u.isAdmin ? ' (admin)' : ''}`).join(', '),
        ]),
      ),
    );
  }),
);

export const keyCreateAction = action(
  async (options: { org: string; user?: string; admin?: true }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const created = await createApiKeyForOrg(
        store,
        {
          orgId: options.org,
          ...(options.user === undefined ? {} : { userName: options.user }),
          isAdmin: options.admin === true,
        },
        CLI,
      );
      show(
        command,
        created,
        `API key for ${created.userName} (${created.orgId}${created.isAdmin ? ', admin' : ''}) — shown once, store it now:\n${created.key}`,
      );
    }),
);

export const keyListAction = action(async (_options: object, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const answer = await listApiKeys(store);
    show(
      command,
      answer,
      answer.keys.length === 0
        ? 'No API keys. Create one with: coopsec key create --org <organisation>'
        : formatTable(
            ['key id', 'user', 'organisation', 'created', 'revoked'],
            answer.keys.map((k) => [k.id, k.userName, k.orgId, k.createdAt, k.revokedAt]),
          ),
    );
  }),
);

export const keyRevokeAction = action(
  async (keyId: string, _options: object, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const revoked = await revokeApiKey(store, { keyId }, CLI);
      show(
        command,
        revoked,
        `revoked key ${keyId}; a running server refuses it within a second (its verified-key cache)`,
      );
    }),
);

export const collectionAddAction = action(
  async (
    id: string,
    options: { title: string; description?: string; owner?: string; apiRoot: string },
    command: CommandLike,
  ) =>
    withStore(globalOptions(command), async (store) => {
      const created = await addCollection(
        store,
        {
          id,
          title: options.title,
          description: options.description ?? null,
          ownerOrg: options.owner ?? null,
          apiRoot: options.apiRoot,
        },
        CLI,
      );
      show(command, created, `added collection ${created.id} under API root ${created.apiRoot}`);
    }),
);

export const collectionGrantAction = action(
  async (id: string, options: { org: string; read?: true; write?: true }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const grant = await grantCollection(
        store,
        {
          collectionId: id,
          orgId: options.org,
          canRead: options.read === true,
          canWrite: options.write === true,
        },
        CLI,
      );
      show(
        command,
        grant,
        `${options.org} on ${id}: read ${grant.canRead ? 'yes' : 'no'}, write ${grant.canWrite ? 'yes' : 'no'}`,
      );
    }),
);

export const collectionListAction = action(async (_options: object, command: CommandLike) =>
  withStore(globalOptions(command), async (store) => {
    const answer = await listCollections(store);
    show(
      command,
      answer,
      formatTable(
        ['id', 'api root', 'title', 'owner', 'grants'],
        answer.collections.map((c) => [
          c.id,
          c.apiRoot,
          c.title,
          c.ownerOrg,
          c.grants
            .map((g) => `${g.orgId}:${g.canRead ? 'r' : ''}${g.canWrite ? 'w' : ''}`)
            .join(' '),
        ]),
      ),
    );
  }),
);

export const agreementAddAction = action(
  async (
    options: { from: string; to: string; collection: string; tlp: string },
    command: CommandLike,
  ) =>
    withStore(globalOptions(command), async (store) => {
      const created = await addAgreement(
        store,
        {
          fromOrg: options.from,
          toOrg: options.to,
          collectionId: options.collection,
          levels: parseAgreementLevels(options.tlp),
        },
        CLI,
      );
      show(
        command,
        created,
        `${created.toOrg} receives ${created.levels.join(', ')} from ${created.fromOrg} in ${created.collectionId}`,
      );
    }),
);

export const agreementListAction = action(
  async (options: { collection?: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const answer = await listAgreements(
        store,
        options.collection === undefined ? {} : { collectionId: options.collection },
      );
      show(
        command,
        answer,
        formatTable(
          ['collection', 'from', 'to', 'TLP'],
          answer.agreements.map((a) => [a.collectionId, a.fromOrg, a.toOrg, a.levels.join(',')]),
        ),
      );
    }),
);

export const auditAction = action(
  async (options: { limit: string; org?: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const answer = await listAuditEvents(store, {
        limit: Number(options.limit),
        ...(options.org !== undefined ? { orgId: options.org } : {}),
      });
      show(
        command,
        answer,
        formatTable(
          ['at', 'org', 'action', 'collection', 'target', 'objects', 'outcome'],
          answer.events.map((e) => [
            e.at,
            e.orgId,
            e.action,
            e.collectionId,
            e.target,
            e.objectCount,
            e.outcome,
          ]),
        ),
      );
    }),
);
