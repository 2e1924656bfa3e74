/**
 * Joint incident cases (issue 17) through both edges: a case opened over REST, worked on from
 * the CLI and REST by two organisations, must read the same from `coopsec incident … --json`
 * (a real child process) and from `/api/incidents` (real HTTP to a server on the same SQLite
 * file); an organisation outside the case sees nothing of it on either edge.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '@coopsec/server';
import { runCli } from './testing/run-cli.ts';

let dir: string;
let db: string;
let server: RunningServer;
const keys: Record<string, string> = {};

async function cli(args: readonly string[]): Promise<unknown> {
  const r = await runCli(['--db', db, ...args, '--json']);
  assert.equal(r.code, 0, `coopsec ${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
}

async function rest(
  org: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${keys[org] ?? ''}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: await res.json() };
}

async function ok(org: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const r = await rest(org, path, body);
  assert.ok(r.status === 200 || r.status === 201, `${path}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as Record<string, unknown>;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-incident-'));
  db = join(dir, 'coopsec.db');
  server = await startServer({ db, port: 0, host: '127.0.0.1', webRoot: false, logger: false });
  for (const org of ['cert-lu', 'cert-be', 'cert-xx']) {
    await cli(['org', 'add', org, '--name', org.toUpperCase()]);
    const key = (await cli(['key', 'create', '--org', org, '--user', `analyst-${org}`])) as {
      key: string;
    };
    keys[org] = key.key;
  }
});

after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('incident cases: CLI and REST give the same answer', { timeout: 240_000 }, () => {
  let id = '';

  it('a case opened over REST and worked on from both edges reads the same', async () => {
    const opened = await ok('cert-lu', '/api/incidents', {
      title: 'Phishing wave against two ministries',
      rsitClass: 'fraud',
      rsitType: 'phishing',
      severity: 'high',
      tlp: 'amber',
      pap: 'amber',
      participants: [{ organisation: 'cert-be', role: 'contributor' }],
    });
    id = String(opened.id);
    await cli(['incident', 'phase', id, 'analyse', '--org', 'cert-be']);
    const withTask = await ok('cert-lu', `/api/incidents/${id}/tasks`, {
      title: 'Take down the host',
      owner: 'cert-be',
      due: '2026-12-10',
    });
    const task = (withTask.tasks as { id: string }[])[0];
    assert.ok(task);
    await cli(['incident', 'task', 'status', id, task.id, '--to', 'completed', '--org', 'cert-be']);
    await ok('cert-be', `/api/incidents/${id}/comments`, { text: 'Host is down.' });
    await cli(['incident', 'comment', id, 'Thanks.', '--org', 'cert-lu']);

    const fromCli = (await cli(['incident', 'show', id, '--org', 'cert-be'])) as {
      tasks: { status: string }[];
      comments: unknown[];
      timeline: unknown[];
    };
    assert.deepEqual(fromCli, await ok('cert-be', `/api/incidents/${id}`));
    assert.equal(fromCli.tasks[0]?.status, 'completed');
    assert.equal(fromCli.comments.length, 2);
    assert.equal(fromCli.timeline.length, 2);
    assert.deepEqual(
      await cli(['incident', 'list', '--org', 'cert-be']),
      await ok('cert-be', '/api/incidents'),
    );
    const bundleCli = (await cli(['incident', 'export', id, '--org', 'cert-lu'])) as {
      objects: unknown[];
    };
    const bundleRest = await ok('cert-lu', `/api/incidents/${id}/export`);
    assert.deepEqual(bundleCli.objects, bundleRest.objects);
  });

  it('an organisation outside the case sees nothing on either edge', async () => {
    assert.deepEqual(await cli(['incident', 'list', '--org', 'cert-xx']), { incidents: [] });
    assert.deepEqual((await rest('cert-xx', '/api/incidents')).json, { incidents: [] });
    for (const path of [`/api/incidents/${id}`, `/api/incidents/${id}/export`])
      assert.equal((await rest('cert-xx', path)).status, 404, path);
    const comment = await rest('cert-xx', `/api/incidents/${id}/comments`, { text: 'hi' });
    assert.equal(comment.status, 404);
    const shown = await runCli(['--db', db, 'incident', 'show', id, '--org', 'cert-xx']);
    assert.notEqual(shown.code, 0);
    assert.match(shown.stderr, /no incident case/);
  });

  it('refuses an illegal phase and a task for an outsider, naming the field, writing nothing', async () => {
    const before = await ok('cert-lu', `/api/incidents/${id}`);
    const phase = await rest('cert-lu', `/api/incidents/${id}/phase`, { phase: 'recover' });
    assert.equal(phase.status, 400);
    assert.match(JSON.stringify(phase.json), /"field":"phase"/);
    const r = await runCli([
      '--db',
      db,
      'incident',
      'task',
      'add',
      id,
      '--org',
      'cert-lu',
      '--title',
      'x',
      '--owner',
      'cert-xx',
    ]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /field owner/);
    assert.deepEqual(await ok('cert-lu', `/api/incidents/${id}`), before);
  });
});
