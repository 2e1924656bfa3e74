/**
 * @module commands/exchange-admin
 * Administration of the exchange: organisations, API keys, TAXII collections, grants and
 * sharing agreements, and the audit log. Every change is itself written to the audit log.
 *
 *   coopsec org add kg-cert --name "KG-CERT" [--parent <org>]
 *   coopsec key create --org kg-cert [--user analyst] [--admin]      (prints the key once)
 *   coopsec collection add indicators --title "Indicators" [--owner kg-cert]
 *   coopsec collection grant indicators --org kz-cert --read [--write]
 *   coopsec agreement add --from kg-cert --to kz-cert --collection indicators --tlp green,amber
 */
import {
  AgreementRepository,
  ApiKeyRepository,
  AuditRepository,
  CollectionRepository,
  OrgRepository,
  parseAgreementLevels,
  type Store,
} from '@coopsec/store';
import { CoopsecError } from '@coopsec/model';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, formatTable, printJson } from '../output.ts';

async function audited<T>(
  store: Store,
  what: { action: string; target: string; detail?: string },
  run: () => Promise<T>,
): Promise<T> {
  const result = await run();
  await new AuditRepository(store).record({
    action: what.action,
    target: what.target,
    outcome: 'ok',
    detail: what.detail ?? 'coopsec CLI',
  });
  return result;
}

function show(command: CommandLike, value: unknown, text: string): void {
  if (globalOptions(command).json === true) printJson(value);
  else process.stdout.write(`${text}\n`);
}

export const orgAddAction = action(
  async (id: string, options: { name: string; parent?: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const created = await audited(store, { action: 'admin.org.add', target: id }, () =>
        new OrgRepository(store).addOrg({
          id,
          name: options.name,
          parentOrg: options.parent ?? null,
        }),
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
    const orgs = await new OrgRepository(store).listOrgs();
    show(
      command,
      orgs,
      formatTable(
        ['id', 'name', 'parent'],
        orgs.map((o) => [o.id, o.name, o.parentOrg]),
      ),
    );
  }),
);

export const keyCreateAction = action(
  async (options: { org: string; user?: string; admin?: true }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const orgs = new OrgRepository(store);
      const name = options.user ?? `${options.org}-api`;
      let user = await orgs.findUserByName(name);
      if (user !== undefined && user.orgId !== options.org) {
        throw new CoopsecError(
          'CONFLICT',
          `user ${name} belongs to organisation ${user.orgId}, not ${options.org}`,
        );
      }
      user ??= await orgs.addUser({
        orgId: options.org,
        name,
        isAdmin: options.admin === true,
      });
      const userId = user.id;
      const created = await audited(store, { action: 'admin.key.create', target: userId }, () =>
        new ApiKeyRepository(store).create({ userId }),
      );
      show(
        command,
        {
          keyId: created.id,
          key: created.key,
          userId: user.id,
          userName: user.name,
          orgId: options.org,
          isAdmin: user.isAdmin,
        },
        `API key for ${user.name} (${options.org}${user.isAdmin ? ', admin' : ''}) — shown once, store it now:\n${created.key}`,
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
      const created = await audited(store, { action: 'admin.collection.add', target: id }, () =>
        new CollectionRepository(store).add({
          id,
          title: options.title,
          description: options.description ?? null,
          ownerOrg: options.owner ?? null,
          apiRoot: options.apiRoot,
        }),
      );
      show(command, created, `added collection ${created.id} under API root ${created.apiRoot}`);
    }),
);

export const collectionGrantAction = action(
  async (id: string, options: { org: string; read?: true; write?: true }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const grant = {
        collectionId: id,
        orgId: options.org,
        canRead: options.read === true,
        canWrite: options.write === true,
      };
      await audited(
        store,
        {
          action: 'admin.collection.grant',
          target: id,
          detail: `${options.org} read=${grant.canRead} write=${grant.canWrite}`,
        },
        () => new CollectionRepository(store).grant(grant),
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
    const repo = new CollectionRepository(store);
    const list = await repo.list();
    const grants = await repo.grants();
    const rows = list.map((c) => ({
      ...c,
      grants: grants.filter((g) => g.collectionId === c.id),
    }));
    show(
      command,
      rows,
      formatTable(
        ['id', 'api root', 'title', 'owner', 'grants'],
        rows.map((c) => [
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
      const levels = parseAgreementLevels(options.tlp);
      const created = await audited(
        store,
        {
          action: 'admin.agreement.add',
          target: `${options.from}>${options.to}`,
          detail: `${options.collection}: ${levels.join(',')}`,
        },
        () =>
          new AgreementRepository(store).add({
            fromOrg: options.from,
            toOrg: options.to,
            collectionId: options.collection,
            levels,
          }),
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
      const list = await new AgreementRepository(store).list(
        options.collection !== undefined ? { collectionId: options.collection } : {},
      );
      show(
        command,
        list,
        formatTable(
          ['collection', 'from', 'to', 'TLP'],
          list.map((a) => [a.collectionId, a.fromOrg, a.toOrg, a.levels.join(',')]),
        ),
      );
    }),
);

export const auditAction = action(
  async (options: { limit: string; org?: string }, command: CommandLike) =>
    withStore(globalOptions(command), async (store) => {
      const events = await new AuditRepository(store).list({
        limit: Number(options.limit),
        ...(options.org !== undefined ? { orgId: options.org } : {}),
      });
      show(
        command,
        events,
        formatTable(
          ['at', 'org', 'action', 'collection', 'target', 'objects', 'outcome'],
          events.map((e) => [
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
