import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from './connect.ts';
import { describeAccessSqlAgreement } from './testing/access-sql-agreement.ts';

const dir = mkdtempSync(join(tmpdir(), 'coopsec-access-sql-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describeAccessSqlAgreement('SQLite file', () => openStore(join(dir, 'agree.db')));
