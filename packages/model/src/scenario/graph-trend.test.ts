/**
 * Tests of the Figure 2 graph and its exports, the PRNG, and trend extrapolation (hand-checked
 * fits, the stated band for two points, refusal below two points).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CoopsecError } from '../errors.ts';
import { MODEL_GRAPH, validateGraph } from './graph.ts';
import { exportGraph, graphToJson } from './graph-export.ts';
import { mulberry32 } from './prng.ts';
import { extrapolateTrend, tQuantile975 } from './trend.ts';

const close = (a: number | undefined, b: number, eps = 1e-9) =>
  assert.ok(a !== undefined && Math.abs(a - b) < eps, `${a} ≠ ${b}`);

void test('the paper graph: five components, one outcome, nine typed edges as the paper states them', () => {
  validateGraph(MODEL_GRAPH);
  assert.equal(MODEL_GRAPH.nodes.length, 6);
  const edges = MODEL_GRAPH.edges.map((e) => `${e.from}>${e.to}:${e.type}`);
  assert.deepEqual(edges, [
    'regulatory>infrastructure:enables',
    'regulatory>cooperation:enables',
    'human-resources>infrastructure:maintains',
    'human-resources>regulatory:maintains',
    'digital-literacy>institutional-resilience:reinforces',
    'cooperation>infrastructure:multiplies',
    'cooperation>regulatory:multiplies',
    'cooperation>human-resources:multiplies',
    'cooperation>digital-literacy:multiplies',
  ]);
});

void test('exports: JSON, DOT and Mermaid carry every node and edge', () => {
  const json = graphToJson(MODEL_GRAPH);
  assert.equal(json.edges.length, 9);
  assert.match(json.weightsNote, /paper .* no numbers/);
  assert.deepEqual(JSON.parse(exportGraph(MODEL_GRAPH, 'json')), JSON.parse(JSON.stringify(json)));
  const dot = exportGraph(MODEL_GRAPH, 'dot');
  assert.match(dot, /^digraph "paper-figure-2" \{/);
  assert.match(dot, /"regulatory" -> "infrastructure" \[label="enables 0.3", style=solid\];/);
  assert.equal((dot.match(/->/g) ?? []).length, 9);
  const mermaid = exportGraph(MODEL_GRAPH, 'mermaid');
  assert.match(mermaid, /^flowchart LR/);
  assert.match(mermaid, /human_resources -\.->\|"maintains 0.2"\| regulatory/);
  assert.match(mermaid, /institutional_resilience\(\["Institutional resilience"\]\)/);
  assert.throws(
    () => exportGraph(MODEL_GRAPH, 'svg'),
    (e: unknown) => e instanceof CoopsecError && e.code === 'BAD_INPUT',
  );
});

void test('mulberry32: deterministic, in [0, 1), seeds differ', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(
    xs,
    Array.from({ length: 1000 }, () => b()),
  );
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notEqual(mulberry32(1)(), mulberry32(2)());
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
});

void test('trend from two points: exact line, stated band growing per year, clipped at 100', () => {
  const r = extrapolateTrend({
    points: [
      { year: 2020, score: 45 },
      { year: 2024, score: 70 },
    ],
    untilYear: 2030,
  });
  assert.equal(r.label, 'extrapolation');
  assert.equal(r.band.method, 'stated-per-year');
  close(r.slope, 6.25);
  assert.deepEqual(r.points[0], {
    year: 2025,
    score: 76.25,
    low: 73.75,
    high: 78.75,
    kind: 'estimated',
    method: 'trend-extrapolation',
    clipped: false,
  });
  close(r.points[1]?.high, 82.5 + 5);
  const last = r.points.at(-1);
  assert.equal(last?.year, 2030);
  assert.equal(last?.score, 100, '107.5 is clipped to the scale');
  assert.equal(last?.clipped, true);
});

void test('trend from three points: 95% prediction interval, hand-checked', () => {
  const r = extrapolateTrend({
    points: [
      { year: 2000, score: 0 },
      { year: 2001, score: 1 },
      { year: 2002, score: 3 },
    ],
    untilYear: 2003,
  });
  assert.equal(r.band.method, 'prediction-interval-95');
  close(r.slope, 1.5);
  const s = Math.sqrt(1 / 6); // SSE = 1/36 + 1/9 + 1/36, one degree of freedom
  const half = 12.706 * s * Math.sqrt(1 + 1 / 3 + 4 / 2);
  close(r.points[0]?.score, 13 / 3);
  close(r.points[0]?.high, 13 / 3 + half);
  close(r.points[0]?.low, 0, 1e-12); // 13/3 − 9.47 < 0, clipped
  assert.equal(tQuantile975(100), 1.96);
});

void test('trend refuses fewer than two measured points, duplicate years and backward targets', () => {
  const bad = (pattern: RegExp) => (e: unknown) =>
    e instanceof CoopsecError && e.code === 'BAD_INPUT' && pattern.test(e.message);
  assert.throws(
    () => extrapolateTrend({ points: [{ year: 2024, score: 70 }], untilYear: 2030 }),
    bad(/at least two measured points/),
  );
  assert.throws(() => extrapolateTrend({ points: [], untilYear: 2030 }), bad(/at least two/));
  assert.throws(
    () =>
      extrapolateTrend({
        points: [
          { year: 2024, score: 70 },
          { year: 2024, score: 71 },
        ],
        untilYear: 2030,
      }),
    bad(/distinct years/),
  );
  assert.throws(
    () =>
      extrapolateTrend({
        points: [
          { year: 2020, score: 45 },
          { year: 2024, score: 70 },
        ],
        untilYear: 2024,
      }),
    bad(/after the last measured/),
  );
});
