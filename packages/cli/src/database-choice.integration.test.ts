/**
 * Issue 14, item 4: a database named by the user is never created by accident. `--db
 * mysql://foo/bar` used to create a SQLite file under `./mysql:/foo/`, and `--db
 * /no/such/dir/x.db` folders and an empty database, so a typo looked like lost data.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './testing/run-cli.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-dbchoice-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('choosing the database', () => {
  it('refuses an unknown URL scheme, names it, exits 2 and creates nothing', async () => {
    // Relative to the working directory the CLI runs in (this process's), where the bug wrote.
    const r = await runCli(['--db', 'mysql://user:secret@foo/bar', 'assess', 'KGZ']);
    const wrote = existsSync('mysql:');
    if (wrote) rmSync('mysql:', { recursive: true, force: true });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /unsupported database mysql:\/\/user:\*\*\*@foo\/bar/);
    assert.match(r.stderr, /postgres:\/\//);
    assert.doesNotMatch(r.stderr, /secret/);
    assert.equal(wrote, false);
  });

  it('refuses a missing file in a missing folder, names both, exits 2 and creates nothing', async () => {
    const db = join(dir, 'no', 'such', 'dir', 'x.db');
    const r = await runCli(['--db', db, 'assess', 'KGZ']);
    assert.equal(r.code, 2, r.stderr);
    assert.ok(r.stderr.includes(`the database ${db} does not exist`), r.stderr);
    assert.ok(r.stderr.includes(join(dir, 'no', 'such', 'dir')), r.stderr);
    assert.match(r.stderr, /coopsec init --db .*--create/);
    assert.equal(existsSync(join(dir, 'no')), false);
  });

  it('creates a named database with --create, and with init', async () => {
    const created = join(dir, 'new', 'created.db');
    const r = await runCli(['--db', created, '--create', 'assess', 'KGZ', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(created));
    const initialised = join(dir, 'init', 'init.db');
    assert.equal((await runCli(['--db', initialised, 'init'])).code, 0);
    assert.ok(existsSync(initialised));
    const again = await runCli(['--db', initialised, 'assess', 'KGZ', '--json']);
    assert.equal(again.code, 0, again.stderr);
  });

  it('creates the default database on first use (fresh install, no --db)', async () => {
    const home = join(dir, 'home');
    const r = await runCli(['assess', 'KGZ', '--json'], {
      env: { XDG_DATA_HOME: home, COOPSEC_DB: '' },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(home, 'coopsec', 'coopsec.db')));
    // COOPSEC_DB sets the default (a deployment's setting), created on first use as well.
    const configured = join(dir, 'configured', 'coopsec.db');
    const c = await runCli(['assess', 'KGZ', '--json'], { env: { COOPSEC_DB: configured } });
    assert.equal(c.code, 0, c.stderr);
    assert.ok(existsSync(configured));
  });
});
