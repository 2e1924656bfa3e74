/**
 * Same question, same answer (issue 12): every job both edges expose is asked of the CLI
 * (`--json`, a real child process) and of the REST API (real HTTP to a server started on the
 * same SQLite file), and the answers must be equal. Both edges are adapters over @coopsec/app,
 * so a difference means one edge computes on its own.
 *
 * Fields removed before comparing, and why:
 * - `compare`: the CLI adds `region` (its --region argument) and `sources` (the cited source
 *   records, for its text output); REST adds `knownEditions` (the dashboard's selector). Every
 *   computed part (editions, changes, profiles) is compared.
 * - Nothing else differs: both edges read the same rows of the same file, so timestamps
 *   (`createdAt` of keys, …) are equal too and are compared.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '@coopsec/server';
import { runCli } from './testing/run-cli.ts';

let dir: string;
let db: string;
let server: RunningServer;
let adminKey: string;

async function cli(args: readonly string[]): Promise<unknown> {
  const r = await runCli(['--db', db, ...args, '--json']);
  assert.equal(r.code, 0, `coopsec ${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
}

async function rest(path: string, key = adminKey): Promise<unknown> {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(res.status, 200, `GET ${path}: ${await res.clone().text()}`);
  return await res.json();
}

function without(value: unknown, ...fields: string[]): Record<string, unknown> {
  const copy = { ...(value as Record<string, unknown>) };
  for (const f of fields) delete copy[f];
  return copy;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-same-'));
  db = join(dir, 'coopsec.db');
  server = await startServer({ db, port: 0, host: '127.0.0.1', webRoot: false, logger: false });
  assert.ok(server.adminKey !== undefined, 'a fresh database gets an administrator key');
  adminKey = server.adminKey;
  // Exchange data made through the CLI, so that the listings have something to show.
  for (const args of [
    ['org', 'add', 'kg-cert', '--name', 'KG-CERT'],
    ['org', 'add', 'kz-cert', '--name', 'KZ-CERT', '--parent', 'kg-cert'],
    ['collection', 'add', 'indicators', '--title', 'Indicators', '--owner', 'kg-cert'],
    ['collection', 'grant', 'indicators', '--org', 'kz-cert', '--read'],
    ['agreement', 'add', '--from', 'kg-cert', '--to', 'kz-cert', '--collection', 'indicators'],
    ['key', 'create', '--org', 'kz-cert', '--user', 'analyst'],
  ]) {
    const withTlp = args[0] === 'agreement' ? [...args, '--tlp', 'green,amber'] : args;
    await cli(withTlp);
  }
});

after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the CLI and the REST API give the same answer', { timeout: 240_000 }, () => {
  it('assess a country (default, interpolated, weighted, a window of years)', async () => {
    const pairs: [string[], string][] = [
      [['assess', 'KGZ'], '/api/countries/KGZ/overview?interpolate=false'],
      [['assess', 'kg', '--interpolate'], '/api/countries/KGZ/overview?interpolate=true'],
      [
        [
          'assess',
          'KGZ',
          '--weights',
          'regulatory=2,infrastructure=1,human-resources=1,cooperation=1,digital-literacy=1',
        ],
        '/api/countries/KGZ/overview?interpolate=false&weights=regulatory:2,infrastructure:1,human-resources:1,cooperation:1,digital-literacy:1',
      ],
      [
        ['assess', 'KGZ', '--from', '2024', '--to', '2024'],
        '/api/countries/KGZ/overview?interpolate=false&from=2024&to=2024',
      ],
    ];
    for (const [args, path] of pairs) {
      const fromCli = await cli(args);
      assert.deepEqual(fromCli, await rest(path), `coopsec ${args.join(' ')} vs ${path}`);
      assert.ok((fromCli as { values: unknown[] }).values.length > 0, 'a non-empty answer');
    }
  });

  it('the claims audit, all and one set', async () => {
    const all = (await cli(['claims'])) as { summary: { total: number } };
    assert.ok(all.summary.total > 0);
    assert.deepEqual(all, await rest('/api/claims'));
    assert.deepEqual(
      await cli(['claims', '--source', 'paper']),
      await rest('/api/claims?source=paper'),
    );
  });

  it('the regional comparison, all editions and one', async () => {
    const all = await cli(['compare', '--region', 'central-asia']);
    assert.deepEqual(
      without(all, 'region', 'sources'),
      without(await rest('/api/compare'), 'knownEditions'),
    );
    const one = await cli(['compare', '--region', 'central-asia', '--edition', '2020']);
    const restOne = (await rest('/api/compare?edition=2020')) as { editions: unknown[] };
    assert.deepEqual(without(one, 'profiles', 'sources'), restOne.editions[0]);
  });

  it('standards: the policy mapping, coverage with its gaps, recommendations', async () => {
    assert.deepEqual(await cli(['map', 'KGZ']), await rest('/api/countries/KGZ/mapping'));
    assert.deepEqual(
      await cli(['coverage', 'kg', '--framework', 'iso27001-2013', '--level', 'second']),
      await rest('/api/countries/KGZ/coverage?framework=iso27001-2013&level=second'),
    );
    const recs = (await cli(['recommend', 'KGZ'])) as { weakest: { component: string } };
    assert.equal(recs.weakest.component, 'digital-literacy', 'the stored data’s weakest');
    assert.deepEqual(recs, await rest('/api/countries/KGZ/recommendations'));
    assert.deepEqual(
      await cli(['recommend', 'KGZ', '--weakest', 'regulatory', '--framework', 'iso27001-2022']),
      await rest('/api/countries/KGZ/recommendations?weakest=regulatory&framework=iso27001-2022'),
    );
  });

  it('a scenario with its seeded sensitivity analysis', async () => {
    const planFile = new URL('../../../examples/plans/digital-literacy-push.json', import.meta.url);
    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as unknown;
    const fromCli = (await cli([
      'simulate',
      'KGZ',
      '--plan',
      fileURLToPath(planFile),
      '--until',
      '2029',
      '--runs',
      '150',
      '--seed',
      '7',
    ])) as { sensitivity: { conclusions: unknown[] } };
    assert.equal(fromCli.sensitivity.conclusions.length, 2, 'the two default conclusions');
    const res = await fetch(`${server.url}/api/countries/KGZ/scenario`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ plan, horizonYear: 2029, sensitivity: { runs: 150, seed: 7 } }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(fromCli, await res.json());
  });

  it('cooperation measured from the exchange records', async () => {
    const fromCli = (await cli(['metrics', '--from', '2020-01-01'])) as {
      organisations: { org: string }[];
    };
    assert.ok(
      fromCli.organisations.some((o) => o.org === 'kg-cert'),
      'every organisation listed',
    );
    assert.deepEqual(fromCli, await rest('/api/cooperation?from=2020-01-01'));
  });

  it('organisations, API keys, collections and agreements', async () => {
    const pairs: [string[], string][] = [
      [['org', 'list'], '/api/orgs'],
      [['key', 'list'], '/api/keys'],
      [['collection', 'list'], '/api/collections'],
      [['agreement', 'list'], '/api/agreements'],
    ];
    for (const [args, path] of pairs) {
      const fromCli = (await cli(args)) as Record<string, unknown[]>;
      assert.deepEqual(fromCli, await rest(path), `coopsec ${args.join(' ')} vs ${path}`);
      assert.ok(Object.values(fromCli)[0]?.length, `${path} lists something`);
    }
  });
});
