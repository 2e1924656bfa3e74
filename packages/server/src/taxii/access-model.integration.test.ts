import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from '@coopsec/store';
import { runAccessModelSuite } from './testing/access-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'coopsec-access-model-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runAccessModelSuite('SQLite file', () => openStore(join(dir, `access-model-${++n}.db`)));
