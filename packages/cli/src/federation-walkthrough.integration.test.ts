import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

// The README's federation walkthrough, run as a newcomer would: three nodes as processes,
// agreements, a post on one node, and what reaches whom, with its path.
describe('the federation walkthrough (examples/federation/walkthrough.sh)', () => {
  it('delivers AMBER to the agreed partner only and GREEN onward, with the path shown', () => {
    const result = spawnSync('bash', [join(ROOT, 'examples/federation/walkthrough.sh')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 600_000,
      env: {
        ...process.env,
        DIR: mkdtempSync(join(tmpdir(), 'coopsec-walkthrough-')),
        BASE_PORT: String(19000 + Math.floor(Math.random() * 900)),
      },
    });
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    const out = result.stdout;
    const section = (node: string) => out.split(`-- ${node}:`)[1]?.split('--')[0] ?? '';
    assert.match(section('kz'), /kg-node {3}AMBER C2 server/);
    assert.match(section('kz'), /kg-node {3}GREEN phishing domain/);
    assert.match(section('uz'), /\(not here\) {3}AMBER C2 server/);
    assert.match(section('uz'), /kg-node → kz-node {3}GREEN phishing domain/);
    assert.match(out, /pushed 2 object\(s\): 2 accepted, 0 refused/);
  });
});
