/**
 * `npm run test:integration` runs exactly the integration tests (issue 12, item 5): it used to
 * pass `--integration`, which the runner read as a path filter matching no file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/test.mjs', ...args], { encoding: 'utf8' });

test('test:integration lists only and all *.integration.test.ts files of the default suite', () => {
  const script =
    (
      JSON.parse(readFileSync('package.json', 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts['test:integration'] ?? '';
  assert.ok(script.startsWith('node scripts/test.mjs '), script);
  const integration = run(...script.split(' ').slice(2), '--list');
  assert.equal(integration.status, 0, integration.stderr);
  const files = integration.stdout.trim().split('\n');
  assert.ok(files.length > 5, integration.stdout);
  assert.deepEqual(
    files.filter((f) => !f.endsWith('.integration.test.ts')),
    [],
  );
  const all = run('--list').stdout.trim().split('\n');
  assert.deepEqual(
    all.filter((f) => f.endsWith('.integration.test.ts')),
    files,
  );
});

test('an unknown option is refused instead of matching no file', () => {
  const result = run('--integration');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown option "--integration"/);
});
