/**
 * @module auth/bootstrap
 * First-run setup for `npm start` and `coopsec serve`: when the store has no organisation,
 * creates an administrator organisation, user and API key, and returns the key once.
 *
 * @example
 * const first = await bootstrapAdmin(store);
 * if (first.created) console.log(`admin API key (shown once): ${first.key}`);
 */
import { ApiKeyRepository, OrgRepository, type Store } from '@coopsec/store';

export type BootstrapResult =
  | {
      readonly created: true;
      readonly orgId: string;
      readonly userId: string;
      readonly userName: string;
      readonly key: string;
    }
  | { readonly created: false };

export interface BootstrapOptions {
  readonly orgId?: string;
  readonly orgName?: string;
  readonly userName?: string;
}

export async function bootstrapAdmin(
  store: Pick<Store, 'db'>,
  options: BootstrapOptions = {},
): Promise<BootstrapResult> {
  const orgs = new OrgRepository(store);
  if ((await orgs.listOrgs()).length > 0) return { created: false };
  const org = await orgs.addOrg({
    id: options.orgId ?? 'admin',
    name: options.orgName ?? 'Platform administration',
  });
  const user = await orgs.addUser({
    orgId: org.id,
    name: options.userName ?? 'admin',
    isAdmin: true,
  });
  const { key } = await new ApiKeyRepository(store).create({ userId: user.id });
  return { created: true, orgId: org.id, userId: user.id, userName: user.name, key };
}
