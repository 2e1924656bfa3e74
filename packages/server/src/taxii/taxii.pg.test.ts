import { after } from 'node:test';
import { openStore, type Store } from '@coopsec/store';
import { createTemporaryDatabase, type TemporaryDatabase } from '@coopsec/store/testing/postgres';
import { describeTaxiiSuite } from './testing/suite.ts';

const databases: TemporaryDatabase[] = [];
after(async () => {
  for (const db of databases) await db.drop();
});

describeTaxiiSuite('PostgreSQL server', async (): Promise<Store> => {
  const db = await createTemporaryDatabase('coopsec_taxii');
  databases.push(db);
  return openStore(db.url);
});
