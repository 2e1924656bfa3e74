import { after } from 'node:test';
import { openStore, type Store } from '@coopsec/store';
import { createTemporaryDatabase, type TemporaryDatabase } from '@coopsec/store/testing/postgres';
import { runAccessModelSuite } from './testing/access-model.ts';

const databases: TemporaryDatabase[] = [];
after(async () => {
  for (const db of databases) await db.drop();
});

runAccessModelSuite('PostgreSQL server', async (): Promise<Store> => {
  const db = await createTemporaryDatabase('coopsec_access_model');
  databases.push(db);
  return openStore(db.url);
});
