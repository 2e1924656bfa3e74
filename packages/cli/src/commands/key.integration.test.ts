/**
 * `coopsec key list|revoke` (issue 14 item 7) against a server running on the same SQLite
 * file: the list names every key and its owner but never a secret, and a key revoked by the
 * CLI (another process) is refused by REST and TAXII within the server's verified-key cache
 * time (900 ms, auth/authenticate.ts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer, type RunningServer } from '@coopsec/server';
import { runCli } from '../testing/run-cli.ts';

let dir: string;
let db: string;
let server: RunningServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-keys-'));
  db = join(dir, 'coopsec.db');
  server = await startServer({ db, port: 0, host: '127.0.0.1', webRoot: false, logger: false });
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const status = async (path: string, key: string) =>
  (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${key}` } })).status;

describe('coopsec key list and key revoke', { timeout: 120_000 }, () => {
  it('lists keys without secrets, and a revoked key stops working for REST and TAXII', async () => {
    assert.equal(
      (await runCli(['--db', db, 'org', 'add', 'kg-cert', '--name', 'KG-CERT'])).code,
      0,
    );
    const made = await runCli(['--db', db, 'key', 'create', '--org', 'kg-cert', '--json']);
    assert.equal(made.code, 0, made.stderr);
    const { keyId, key } = JSON.parse(made.stdout) as { keyId: string; key: string };
    assert.equal(await status('/api/me', key), 200);
    assert.equal(await status('/taxii2/', key), 200);

    const listed = await runCli(['--db', db, 'key', 'list', '--json']);
    assert.equal(listed.code, 0, listed.stderr);
    const secret = key.split('_').at(-1) ?? key;
    assert.ok(!listed.stdout.includes(secret), 'no secret in key list --json');
    const keys = (JSON.parse(listed.stdout) as { keys: { id: string; orgId: string }[] }).keys;
    assert.deepEqual(
      keys.map((k) => k.orgId),
      ['admin', 'kg-cert'],
    );
    const text = await runCli(['--db', db, 'key', 'list']);
    assert.match(text.stdout, new RegExp(`${keyId}\\s+kg-cert-api\\s+kg-cert`));
    assert.ok(!text.stdout.includes(secret), 'no secret in key list');

    const revoked = await runCli(['--db', db, 'key', 'revoke', keyId]);
    assert.equal(revoked.code, 0, revoked.stderr);
    await sleep(1_000); // the server's verified-key cache is 900 ms
    assert.equal(await status('/api/me', key), 401);
    assert.equal(await status('/taxii2/', key), 401);
    assert.equal(await status('/api/me', server.adminKey ?? ''), 200, 'other keys still work');
    const after = JSON.parse((await runCli(['--db', db, 'key', 'list', '--json'])).stdout) as {
      keys: { id: string; revokedAt: string | null }[];
    };
    assert.notEqual(after.keys.find((k) => k.id === keyId)?.revokedAt ?? null, null);
  });

  it('revoking an unknown or already revoked key is bad input naming the key id', async () => {
    const r = await runCli(['--db', db, 'key', 'revoke', 'nosuchkey000']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no active key nosuchkey000/);
  });
});
