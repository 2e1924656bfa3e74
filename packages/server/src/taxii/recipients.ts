/**
 * @module taxii/recipients
 * `x_coopsec_recipients` names who may receive an object's TLP:RED content. Entries are user
 * ids or user names; they are resolved to user ids when the object is posted, because ids are
 * stable and names must never be matched loosely later (a rename, or another organisation's
 * user whose name differs only in case, must not become a recipient).
 */
import { OrgRepository, type Store } from '@coopsec/store';

/**
 * The user ids the entries name, or undefined when an entry names no user (the object is then
 * refused: a mistyped recipient must not silently narrow or widen who receives RED). Names
 * match exactly, else regardless of case (names are unique regardless of case).
 */
export async function resolveRecipients(
  store: Pick<Store, 'db'>,
  entries: unknown,
): Promise<string[] | undefined> {
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) return undefined;
  const users = new OrgRepository(store);
  const ids = new Set<string>();
  for (const entry of entries) {
    if (typeof entry !== 'string' || entry === '') return undefined;
    const user =
      (await users.getUser(entry)) ?? (await users.findUserByName(entry, { anyCase: true }));
    if (user === undefined) return undefined;
    ids.add(user.id);
  }
  return [...ids];
}
