/**
 * Smoke tests of `compare`, `simulate` and `model graph` through the real binary: published
 * values and sources come out unchanged, scale changes are spelled out, projections are
 * labelled estimates with their assumptions, seeds reproduce, bad input exits 2 with the place
 * named.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_HORIZON_YEARS } from '@coopsec/app';
import { runCli } from '../testing/run-cli.ts';
import { DEFAULT_HORIZON_YEARS as HELP_HORIZON_YEARS } from './simulate.command.ts';

const PLAN = fileURLToPath(
  new URL('../../../../examples/plans/digital-literacy-push.json', import.meta.url),
);

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'coopsec-sim-'));
});
/** `coopsec simulate` on a fresh SQLite file of its own (the bundled data loads on first use). */
const simulate = (args: readonly string[]) =>
  runCli(['--db', join(dir, 'sim.db'), '--create', 'simulate', ...args]);
after(() => rmSync(dir, { recursive: true, force: true }));

void describe('coopsec compare', () => {
  void it('--edition 2020 --json: five countries, scores and ranks as published, sources, tie rule', async () => {
    const r = await runCli(['compare', '--region', 'central-asia', '--edition', '2020', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      scale: string;
      tieRule: string;
      rows: {
        country: string;
        score: number;
        publishedRank: number;
        regionalRank: number;
        sourceIds: string[];
      }[];
      sources: { id: string }[];
    };
    assert.equal(out.scale, '0-100');
    assert.match(out.tieRule, /1224/);
    assert.deepEqual(
      out.rows.map((x) => [x.country, x.score, x.publishedRank, x.regionalRank]),
      [
        ['KAZ', 93.15, 31, 1],
        ['UZB', 71.11, 70, 2],
        ['KGZ', 49.64, 92, 3],
        ['TJK', 17.1, 138, 4],
        ['TKM', 14.48, 144, 5],
      ],
    );
    assert.ok(out.rows.every((x) => x.sourceIds.length > 0));
    assert.ok(out.sources.some((s) => s.id === 'itu-gci-2020'));
  });

  void it('text without --edition shows every edition with its scale and flags the scale change', async () => {
    const r = await runCli(['compare', '--region', 'central-asia']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /GCI 2018 \(0-1\)/);
    assert.match(r.stdout, /GCI 2020 \(0-100\)/);
    assert.match(r.stdout, /Change GCI 2018 → 2020 — SCALE CHANGES/);
    assert.match(r.stdout, /rescaled estimate/);
    assert.match(r.stdout, /not comparable \(rank vs tier\)/);
  });

  void it('unknown region and edition exit 2 naming the option', async () => {
    const a = await runCli(['compare', '--region', 'europe']);
    assert.equal(a.code, 2);
    assert.match(a.stderr, /unknown region "europe"/);
    const b = await runCli(['compare', '--region', 'central-asia', '--edition', '2019', '--json']);
    assert.equal(b.code, 2);
    assert.match(b.stdout, /"code": "BAD_INPUT"/);
  });
});

void describe('coopsec simulate', () => {
  void it('KGZ digital-literacy push: estimates from the 2024 base, assumptions, seeded sensitivity', async () => {
    const args = [
      'kg',
      '--plan',
      PLAN,
      '--until',
      '2030',
      '--runs',
      '200',
      '--seed',
      '3',
      '--json',
    ];
    const r = await simulate(args);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      baseYear: number;
      projection: {
        baseYear: number;
        components: Record<string, { year: number; score: number; kind: string; method: string }[]>;
        assumptions: { id: string }[];
      };
      sensitivity: {
        runs: number;
        seed: number;
        conclusions: { conclusion: string; share: number }[];
      };
      trend: Record<string, { label?: string; unavailable?: string }>;
    };
    assert.equal(out.baseYear, 2024);
    assert.equal(out.projection.baseYear, 2024);
    const dl = out.projection.components['digital-literacy'] ?? [];
    assert.deepEqual(dl[0], { year: 2024, score: 70, kind: 'measured', method: 'measured-base' });
    assert.ok(
      dl
        .slice(1)
        .every(
          (p) =>
            p.kind === 'estimated' &&
            p.method === 'scenario-projection' &&
            p.score > 70 &&
            p.score < 100,
        ),
    );
    assert.ok(out.projection.assumptions.some((a) => a.id === 'paper-gives-no-link-numbers'));
    assert.deepEqual(
      out.sensitivity.conclusions.map((c) => c.conclusion),
      ['lowest digital-literacy in 2030', 'index >= 85 by 2030'],
    );
    assert.deepEqual(Object.keys(out.trend).sort(), [
      'cooperation',
      'digital-literacy',
      'human-resources',
      'infrastructure',
      'regulatory',
    ]);
    assert.ok(Object.values(out.trend).every((t) => t.label === 'extrapolation'));
    const again = await simulate(args);
    assert.equal(again.stdout, r.stdout, 'same seed, same output');
  });

  void it('text output prints the assumptions and the conclusions asked for', async () => {
    const r = await simulate([
      'KGZ',
      '--plan',
      PLAN,
      '--until',
      '2028',
      '--runs',
      '100',
      '--conclusion',
      'index >= 78 by 2028',
      'cooperation > regulatory in 2028',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /2028 \(estimated\)/);
    assert.match(r.stdout, /Assumptions \(the paper gives no numbers/);
    assert.match(r.stdout, /cooperation > regulatory in 2028/);
  });

  void it('bad plans, horizons and countries exit 2 with the place named', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'coopsec-effort-plan/1',
        name: 'x',
        effort: { 'digital-literacy': -1, literacy: 1 },
      }),
    );
    const a = await simulate(['KGZ', '--plan', bad, '--until', '2030']);
    assert.equal(a.code, 2);
    assert.match(a.stderr, /effort\.digital-literacy/);
    assert.match(a.stderr, /effort\.literacy: unknown component/);
    const b = await simulate(['KGZ', '--plan', PLAN, '--until', '2020']);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /horizonYear must come after the base year 2024/);
    const c = await simulate(['KAZ', '--plan', PLAN, '--until', '2030']);
    assert.equal(c.code, 2);
    assert.match(c.stderr, /no measured component scores stored for KAZ/);
    const d = await simulate(['KGZ', '--plan', join(dir, 'missing.json'), '--until', '2030']);
    assert.equal(d.code, 2);
    const e = await simulate([
      'KGZ',
      '--plan',
      PLAN,
      '--until',
      '2030',
      '--conclusion',
      'lowest index in 2030',
    ]);
    assert.equal(e.code, 2);
    assert.match(e.stderr, /cannot read conclusion/);
  });

  void it('the help names the same default horizon as the use case', () => {
    assert.equal(HELP_HORIZON_YEARS, DEFAULT_HORIZON_YEARS);
  });
});

void describe('coopsec model graph', () => {
  void it('prints JSON, DOT and Mermaid', async () => {
    const j = await runCli(['model', 'graph', '--format', 'json']);
    assert.equal(j.code, 0, j.stderr);
    assert.equal((JSON.parse(j.stdout) as { edges: unknown[] }).edges.length, 9);
    const d = await runCli(['model', 'graph', '--format', 'dot']);
    assert.match(d.stdout, /^digraph/);
    const m = await runCli(['model', 'graph', '--format', 'mermaid', '--json']);
    assert.match((JSON.parse(m.stdout) as { text: string }).text, /^flowchart LR/);
    const x = await runCli(['model', 'graph', '--format', 'svg']);
    assert.equal(x.code, 2);
  });
});
