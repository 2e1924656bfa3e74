import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from './connect.ts';
import { describeStoreContract } from './testing/contract.ts';
import { createTemporaryDatabase, type TemporaryDatabase } from './testing/postgres.ts';
import { AssessmentRepository } from './repositories/assessments.ts';
import { GciRepository } from './repositories/gci.ts';
import { loadBundledData } from './bundled.ts';

let contractDb: TemporaryDatabase;
before(async () => {
  contractDb = await createTemporaryDatabase();
});
after(async () => {
  await contractDb.drop();
});

describeStoreContract('PostgreSQL server', () => openStore(contractDb.url));

describe('SQLite and PostgreSQL give the same answers', () => {
  it('lists the same assessments and GCI records after loading the bundled data', async () => {
    await using pgDb = await createTemporaryDatabase();
    await using pgStore = await openStore(pgDb.url);
    await using sqliteStore = await openStore(':memory:');
    for (const store of [pgStore, sqliteStore]) await loadBundledData(store);
    const answers = async (store: typeof pgStore) => ({
      assessments: await new AssessmentRepository(store).list(),
      countries: await new AssessmentRepository(store).countries(),
      gci: await new GciRepository(store).list(),
    });
    assert.deepEqual(await answers(pgStore), await answers(sqliteStore));
  });

  it('reports an unreachable server as UNAVAILABLE without the password', async () => {
    await assert.rejects(
      openStore('postgres://someone:secret@127.0.0.1:1/nothing'),
      (error: unknown) => {
        assert.ok(error instanceof Error);
        assert.match(error.message, /cannot open the database/);
        assert.doesNotMatch(error.message, /secret/);
        return true;
      },
    );
  });
});
