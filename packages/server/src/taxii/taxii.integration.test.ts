import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from '@coopsec/store';
import { describeTaxiiSuite } from './testing/suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'coopsec-taxii-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeTaxiiSuite('SQLite file', () => openStore(join(dir, `taxii-${++n}.db`)));
