/**
 * Every package the lock file installs runs on the Node.js the README names (Node 20): `npm ci`
 * warned EBADENGINE for content-disposition@3.1.0 and cookie@2.0.2 (both `node >=22`), pulled by
 * @fastify/static and fastify's light-my-request; the root `overrides` pin Node 20 releases of
 * both with the same API (issue 14, item 15).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// npm's own range checker (a dependency of fastify), so the test reads ranges as npm does.
const semver = createRequire(import.meta.url)('semver') as {
  intersects(a: string, b: string): boolean;
};

interface LockEntry {
  readonly engines?: { readonly node?: string };
}

test('no locked package requires a Node newer than 20', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const tooNew = Object.entries(lock.packages)
    .filter(([, entry]) => entry.engines?.node !== undefined)
    .filter(([, entry]) => !semver.intersects(entry.engines?.node ?? '*', '>=20.0.0 <21.0.0'))
    .map(([path, entry]) => `${path} (node ${entry.engines?.node})`);
  assert.deepEqual(tooNew, []);
});
