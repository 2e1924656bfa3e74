import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from './connect.ts';
import { describeStoreContract } from './testing/contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'coopsec-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('SQLite file', () => openStore(join(dir, 'nested', 'coopsec.db')));
