/**
 * @module taxii/testing/access-property
 * Property test of the TLP 2.0 rules: for random organisations, grants, agreements and
 * markings (fixed seeds), every reader is served exactly the objects the rules allow, and no
 * granular-marked field it is not cleared for. The oracle below restates the rules from
 * `access.ts` independently of the SQL scope the server uses.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AgreementRepository, CollectionRepository, type Store } from '@coopsec/store';
import {
  addMember,
  indicator,
  post,
  startServer,
  taxiiFetch,
  type Member,
  type RunningServer,
} from './fixtures.ts';
import { TLP_MARKING_IDS, type TlpLevel } from '../stix-adapter.ts';

type Level = TlpLevel | 'none';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface World {
  readonly members: Member[];
  readonly parent: Map<string, string | null>;
  readonly canRead: Set<string>;
  readonly agreements: Map<string, Set<string>>; // `${from}>${to}` → levels
  readonly objects: {
    id: string;
    level: Level;
    poster: Member;
    recipients: string[];
    granular: Map<string, TlpLevel>;
  }[];
}

const agreed = (w: World, from: string, to: string, level: string) =>
  w.agreements.get(`${from}>${to}`)?.has(level) === true;

/** The rules, restated: may `reader` receive content at `level` from `poster`'s organisation? */
function allowed(
  w: World,
  reader: Member,
  o: { poster: Member; recipients: string[] },
  level: Level,
): boolean {
  const origin = o.poster.orgId;
  const parent = w.parent.get(reader.orgId) ?? null;
  if (level === 'red')
    return (
      reader.userId === o.poster.userId ||
      o.recipients.includes(reader.userId) ||
      o.recipients.includes(reader.userName)
    );
  if (origin === reader.orgId) return true;
  switch (level) {
    case 'clear':
      return true;
    case 'green':
    case 'none':
      return parent === null || agreed(w, origin, reader.orgId, 'green');
    case 'amber':
      return (
        agreed(w, origin, reader.orgId, 'amber') ||
        (parent !== null && agreed(w, origin, parent, 'amber'))
      );
    case 'amber+strict':
      return agreed(w, origin, reader.orgId, 'amber+strict');
  }
}

const LEVELS: Level[] = ['clear', 'green', 'amber', 'amber+strict', 'red', 'none'];
const FIELD_LEVELS: TlpLevel[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

async function buildWorld(
  store: Store,
  seed: number,
): Promise<{
  world: World;
  collection: string;
  toPost: { object: Record<string, unknown>; poster: Member }[];
}> {
  const toPost: { object: Record<string, unknown>; poster: Member }[] = [];
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const p = `s${seed}`;
  const parent = new Map<string, string | null>();
  const members: Member[] = [];
  for (let i = 0; i < 4; i++) {
    parent.set(`${p}-m${i}`, null);
    for (let u = 0; u < 2; u++)
      members.push(await addMember(store, { orgId: `${p}-m${i}`, userName: `${p}-m${i}-u${u}` }));
  }
  for (let i = 0; i < 2; i++) {
    parent.set(`${p}-c${i}`, `${p}-m${i}`);
    members.push(
      await addMember(store, {
        orgId: `${p}-c${i}`,
        parent: `${p}-m${i}`,
        userName: `${p}-c${i}-u0`,
      }),
    );
  }
  const collection = `${p}-coll`;
  const collections = new CollectionRepository(store);
  await collections.add({ id: collection, title: collection });
  const canRead = new Set<string>();
  for (const org of parent.keys()) {
    const read = rnd() < 0.8;
    if (read) canRead.add(org);
    await collections.grant({
      collectionId: collection,
      orgId: org,
      canRead: read,
      canWrite: true,
    });
  }
  const agreements = new Map<string, Set<string>>();
  const orgs = [...parent.keys()];
  for (const from of orgs) {
    for (const to of orgs) {
      if (from === to || rnd() < 0.5) continue;
      const levels = (['clear', 'green', 'amber', 'amber+strict'] as const).filter(
        () => rnd() < 0.5,
      );
      if (levels.length === 0) continue;
      agreements.set(`${from}>${to}`, new Set(levels));
      await new AgreementRepository(store).add({
        fromOrg: from,
        toOrg: to,
        collectionId: collection,
        levels,
      });
    }
  }
  const objects: World['objects'] = [];
  for (let i = 0; i < 90; i++) {
    const poster = pick(members);
    const level = pick(LEVELS);
    const recipients =
      level === 'red'
        ? members.filter(() => rnd() < 0.25).map((m) => (rnd() < 0.5 ? m.userId : m.userName))
        : [];
    const granular = new Map<string, TlpLevel>();
    if (rnd() < 0.4) granular.set('description', pick(FIELD_LEVELS));
    if (rnd() < 0.3) granular.set('labels', pick(FIELD_LEVELS));
    const extra: Record<string, unknown> = { description: `secret ${i}`, labels: ['l1', 'l2'] };
    if (recipients.length > 0) extra.x_coopsec_recipients = recipients;
    if (granular.size > 0)
      extra.granular_markings = [...granular].map(([field, l]) => ({
        selectors: [field],
        marking_ref: TLP_MARKING_IDS[l],
      }));
    const o = indicator(level === 'none' ? { extra } : { tlp: level, extra });
    objects.push({ id: String(o.id), level, poster, recipients, granular });
    toPost.push({ object: o, poster });
  }
  return { world: { members, parent, canRead, agreements, objects }, collection, toPost };
}

export function describeAccessProperty(name: string, open: () => Promise<Store>): void {
  describe(`TLP access property: ${name}`, () => {
    let store: Store;
    let server: RunningServer;
    before(async () => {
      store = await open();
      server = await startServer(store);
    });
    after(async () => {
      await server.close();
      await store.close();
    });

    for (const seed of [11, 29, 47]) {
      it(`serves nothing outside the rules (seed ${seed})`, async () => {
        const { world, collection, toPost } = await buildWorld(store, seed);
        const url = `${server.url}/taxii2/default/collections/${collection}/objects/`;
        for (const { object, poster } of toPost) {
          const status = (await (await post(url, poster.key, [object])).json()) as {
            success_count: number;
          };
          assert.equal(status.success_count, 1);
        }
        // An organisation re-posting what it received keeps the original origin: no onward flow.
        const copier = world.members[0];
        if (copier !== undefined) {
          const received =
            (
              (await (await taxiiFetch(url, copier.key)).json()) as {
                objects?: Record<string, unknown>[];
              }
            ).objects ?? [];
          if (received.length > 0)
            await post(
              url,
              copier.key,
              received.filter((r) => !('x_coopsec_redacted' in r)),
            );
        }
        let checkedFields = 0;
        for (const reader of world.members) {
          const response = await taxiiFetch(`${url}?limit=1000`, reader.key);
          if (!world.canRead.has(reader.orgId)) {
            assert.equal(response.status, 403, `${reader.orgId} has no read grant`);
            continue;
          }
          const served =
            ((await response.json()) as { objects?: Record<string, unknown>[] }).objects ?? [];
          const servedIds = new Set(served.map((o) => String(o.id)));
          for (const o of world.objects) {
            const expected =
              allowed(world, reader, o, o.level) &&
              [...o.granular].every(([f, l]) => f !== 'id' || allowed(world, reader, o, l));
            assert.equal(
              servedIds.has(o.id),
              expected,
              `${reader.userName} and ${o.id} (${o.level} from ${o.poster.orgId})`,
            );
          }
          for (const s of served) {
            const o = world.objects.find((x) => x.id === s.id);
            assert.ok(o !== undefined);
            for (const [field, level] of o.granular) {
              const cleared = allowed(world, reader, o, level);
              assert.equal(
                field in s,
                cleared,
                `${reader.userName}: field ${field} (${level}) of ${o.id}`,
              );
              checkedFields += 1;
            }
          }
        }
        assert.ok(checkedFields > 0, 'some granular fields were checked');
      });
    }
  });
}
