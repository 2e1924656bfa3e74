import { after, before } from 'node:test';
import { openStore } from './connect.ts';
import { describeAccessSqlAgreement } from './testing/access-sql-agreement.ts';
import { createTemporaryDatabase, type TemporaryDatabase } from './testing/postgres.ts';

let db: TemporaryDatabase;
before(async () => {
  db = await createTemporaryDatabase();
});
after(async () => {
  await db.drop();
});

describeAccessSqlAgreement('PostgreSQL server', () => openStore(db.url));
