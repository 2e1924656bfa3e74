/**
 * Tests of the scenario engine pinned on hand-checked cases: zero plans keep scores (or
 * follow only the stated drift), one link moves exactly what the formula says, saturation
 * never passes 100, and every bad input is refused with its place named.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPONENT_IDS } from '../components.ts';
import { CoopsecError } from '../errors.ts';
import { KGZ_PAPER_ASSESSMENTS } from '../data/kgz-paper.ts';
import { MODEL_GRAPH } from './graph.ts';
import type { ModelGraph } from './graph.ts';
import { prepareScenario, projectScenario } from './engine.ts';
import type { ScenarioInput } from './engine.ts';
import { effortMatrix, parsePlan, PLAN_FORMAT, zeroPlan } from './plan.ts';
import { compileConclusion, conclusionHolds } from './conclusions.ts';
import { runSensitivity } from './sensitivity.ts';

const close = (a: number | undefined, b: number, eps = 1e-9) =>
  assert.ok(a !== undefined && Math.abs(a - b) < eps, `${a} ≠ ${b}`);

const BASE = {
  infrastructure: 50,
  regulatory: 40,
  'human-resources': 60,
  cooperation: 80,
  'digital-literacy': 30,
};

const KGZ_2024 = Object.fromEntries(
  KGZ_PAPER_ASSESSMENTS.filter((a) => a.year === 2024).map((a) => [a.component, a.score]),
);

/** The five components and the given edges only. */
function graphWith(edges: ModelGraph['edges']): ModelGraph {
  return { ...MODEL_GRAPH, nodes: MODEL_GRAPH.nodes.filter((n) => n.kind === 'component'), edges };
}

function plan(effort: Record<string, unknown>, parameters?: Record<string, unknown>) {
  return parsePlan({
    format: PLAN_FORMAT,
    name: 'test',
    effort,
    ...(parameters === undefined ? {} : { parameters }),
  });
}

function isBadInput(pattern: RegExp) {
  return (e: unknown) =>
    e instanceof CoopsecError &&
    e.code === 'BAD_INPUT' &&
    pattern.test(
      `${e.message} ${e.details.map((d) => `${d.path ?? ''} ${d.field ?? ''} ${d.record ?? ''} ${d.message}`).join(' ')}`,
    );
}

void test('zero plan, zero drift: every score stays put, index is the equal-weight mean', () => {
  const r = projectScenario({
    country: 'XXX',
    baseYear: 2024,
    horizonYear: 2030,
    base: BASE,
    plan: zeroPlan(),
  });
  for (const c of COMPONENT_IDS) {
    assert.equal(r.components[c].length, 7);
    for (const p of r.components[c]) assert.equal(p.score, BASE[c]);
  }
  for (const p of r.index.points) close(p.score, (50 + 40 + 60 + 80 + 30) / 5);
  assert.equal(r.index.weights.regulatory, 0.2);
  assert.deepEqual(r.components.regulatory[0], {
    year: 2024,
    score: 40,
    kind: 'measured',
    method: 'measured-base',
  });
  assert.deepEqual(r.components.regulatory[1], {
    year: 2025,
    score: 40,
    kind: 'estimated',
    method: 'scenario-projection',
  });
  assert.ok(
    r.outcomes['institutional-resilience']?.every((p) => p.score === 30),
    'resilience = digital literacy (one reinforcing edge)',
  );
});

void test('zero plan follows only the stated drift', () => {
  const r = projectScenario({
    country: 'XXX',
    baseYear: 2024,
    horizonYear: 2026,
    base: BASE,
    plan: zeroPlan(),
    parameters: { 'drift.regulatory': 0.1, 'drift.infrastructure': -0.1 },
  });
  close(r.components.regulatory[2]?.score, 100 - 60 * Math.exp(-0.2)); // two years of gap-closing
  close(r.components.infrastructure[2]?.score, 50 * Math.exp(-0.2)); // decay, proportional
  assert.equal(r.components.cooperation[2]?.score, 80);
});

void test('a graph with one edge: effort spills along it exactly as the formula says', () => {
  const graph = graphWith([
    { from: 'regulatory', to: 'infrastructure', type: 'enables', weight: 0.5, evidence: 'test' },
  ]);
  const r = projectScenario({
    country: 'XXX',
    baseYear: 2024,
    horizonYear: 2025,
    base: BASE,
    graph,
    plan: plan({ regulatory: 1 }),
    parameters: Object.fromEntries(COMPONENT_IDS.map((c) => [`response.${c}`, 0.1])),
  });
  close(r.components.regulatory[1]?.score, 100 - 60 * Math.exp(-0.1)); // 45.70975…
  close(r.components.infrastructure[1]?.score, 100 - 50 * Math.exp(-0.05)); // 52.43853…
  assert.equal(r.components['human-resources'][1]?.score, 60);
  assert.deepEqual(Object.keys(r.outcomes), []);
});

void test('the cooperation multiplier scales gains by 1 + strength × weight × cooperation/100', () => {
  const graph = graphWith([
    { from: 'cooperation', to: 'regulatory', type: 'multiplies', weight: 1, evidence: 'test' },
  ]);
  const r = projectScenario({
    country: 'XXX',
    baseYear: 2024,
    horizonYear: 2025,
    base: BASE,
    graph,
    plan: plan({ regulatory: 1 }),
    parameters: { 'response.regulatory': 0.1, 'multiplier.strength': 0.5 },
  });
  close(r.components.regulatory[1]?.score, 100 - 60 * Math.exp(-0.1 * 1.4));
});

void test('saturation: scores approach but never pass 100', () => {
  const r = projectScenario({
    country: 'XXX',
    baseYear: 2024,
    horizonYear: 2124,
    base: { ...BASE, cooperation: 99.9 },
    plan: plan(Object.fromEntries(COMPONENT_IDS.map((c) => [c, 100]))),
    parameters: {
      'multiplier.strength': 2,
      ...Object.fromEntries(COMPONENT_IDS.map((c) => [`response.${c}`, 2])),
    },
  });
  for (const c of COMPONENT_IDS)
    for (const p of r.components[c])
      assert.ok(p.score <= 100 && p.score >= 0, `${c} ${p.year} ${p.score}`);
  const mild = projectScenario({
    country: 'XXX',
    baseYear: 2024,
    horizonYear: 2034,
    base: BASE,
    plan: plan({ 'digital-literacy': 1 }),
  });
  const dl = mild.components['digital-literacy'].map((p) => p.score);
  assert.ok(
    dl.every((v, i) => i === 0 || (v > (dl[i - 1] ?? 0) && v < 100)),
    'strictly rising, below 100',
  );
});

void test('the paper graph: all effort into digital literacy for KGZ (defaults, hand-checked first year)', () => {
  const r = projectScenario({
    country: 'KGZ',
    baseYear: 2024,
    horizonYear: 2030,
    base: KGZ_2024,
    plan: plan({ 'digital-literacy': 1 }),
  });
  // k = 0.15 × 1 × (1 + 0.5 × 1 × 0.82) = 0.2115; gap 30 → 30·e^−0.2115
  close(r.components['digital-literacy'][1]?.score, 100 - 30 * Math.exp(-0.2115));
  assert.equal(
    r.components.infrastructure.at(-1)?.score,
    78,
    'no link carries digital-literacy effort to other components',
  );
  assert.ok(r.assumptions.some((a) => a.id === 'paper-gives-no-link-numbers'));
  assert.ok(
    r.assumptions.some((a) => a.id === 'response.digital-literacy' && a.range !== undefined),
  );
});

void test('plan validation names the place', () => {
  assert.throws(
    () => plan({ 'digital-litracy': 1 }),
    isBadInput(/effort\.digital-litracy.*unknown component/),
  );
  assert.throws(() => plan({ regulatory: -1 }), isBadInput(/effort\.regulatory.*negative/));
  assert.throws(
    () => plan({ regulatory: { '2025': -0.5 } }),
    isBadInput(/effort\.regulatory\.2025/),
  );
  assert.throws(() => plan({ regulatory: { next: 1 } }), isBadInput(/not a year/));
  assert.throws(() => parsePlan({ format: 'x', name: 'n', effort: {} }), isBadInput(/format/));
  assert.throws(() => parsePlan([]), isBadInput(/JSON object/));
  assert.throws(() => parsePlan({ format: PLAN_FORMAT, effort: {} }), isBadInput(/name/));
});

void test('span, base and parameter validation', () => {
  const input: ScenarioInput = {
    country: 'XXX',
    baseYear: 2024,
    horizonYear: 2030,
    base: BASE,
    plan: zeroPlan(),
  };
  assert.throws(
    () => prepareScenario({ ...input, horizonYear: 2020 }),
    isBadInput(/horizon 2020 is before the base year 2024/),
  );
  assert.throws(
    () => prepareScenario({ ...input, base: { ...BASE, regulatory: 120 } }),
    isBadInput(/base\.regulatory/),
  );
  assert.throws(
    () => prepareScenario({ ...input, parameters: { 'edge.regulatory->infrastructure': 1.5 } }),
    isBadInput(/edge\.regulatory->infrastructure.*outside the allowed range 0–1/),
  );
  assert.throws(
    () => prepareScenario({ ...input, parameters: { 'edge.nowhere->x': 0.1 } }),
    isBadInput(/unknown parameter/),
  );
  assert.throws(
    () => prepareScenario({ ...input, plan: plan({}, { 'response.regulatory': -1 }) }),
    isBadInput(/plan\.parameters\.response\.regulatory/),
  );
  assert.throws(
    () => prepareScenario({ ...input, plan: plan({ regulatory: { '2024': 1 } }) }),
    isBadInput(/effort\.regulatory\.2024.*not after the base year/),
  );
  const warned = prepareScenario({ ...input, plan: plan({ regulatory: { '2040': 1 } }) });
  assert.match(warned.warnings[0] ?? '', /after the horizon/);
});

void test('graph validation: missing node, unknown type, weight out of range, duplicate edge', () => {
  const e = { evidence: 't' };
  const run = (edges: unknown[]) =>
    prepareScenario({
      country: 'X',
      baseYear: 2024,
      horizonYear: 2025,
      base: BASE,
      plan: zeroPlan(),
      graph: graphWith(edges as ModelGraph['edges']),
    });
  assert.throws(
    () => run([{ from: 'regulatory', to: 'ghost', type: 'enables', weight: 0.3, ...e }]),
    isBadInput(/regulatory->ghost \(enables\).*missing node "ghost"/),
  );
  assert.throws(
    () => run([{ from: 'regulatory', to: 'infrastructure', type: 'inspires', weight: 0.3, ...e }]),
    isBadInput(/unknown edge type "inspires"/),
  );
  assert.throws(
    () => run([{ from: 'regulatory', to: 'infrastructure', type: 'enables', weight: 1.2, ...e }]),
    isBadInput(/regulatory->infrastructure \(enables\).*weight must be within 0–1, got 1.2/),
  );
  assert.throws(
    () =>
      run([
        { from: 'regulatory', to: 'infrastructure', type: 'enables', weight: 0.3, ...e },
        { from: 'regulatory', to: 'infrastructure', type: 'maintains', weight: 0.2, ...e },
      ]),
    isBadInput(/duplicate edge regulatory->infrastructure/),
  );
});

void test('sensitivity is deterministic with a seed and counts conclusions', () => {
  const p = prepareScenario({
    country: 'KGZ',
    baseYear: 2024,
    horizonYear: 2030,
    base: KGZ_2024,
    plan: plan({ 'digital-literacy': 1 }),
  });
  const conclusions = [
    'lowest digital-literacy in 2030',
    'index >= 0 in 2030',
    'index > 100 by 2030',
    'cooperation > regulatory in 2030',
    'digital-literacy >= 85 by 2028',
  ];
  const a = runSensitivity(p, { runs: 500, seed: 7, conclusions });
  const b = runSensitivity(p, { runs: 500, seed: 7, conclusions });
  const c = runSensitivity(p, { runs: 500, seed: 8, conclusions });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.horizonSpread, c.horizonSpread);
  const share = (t: string) => a.conclusions.find((x) => x.conclusion === t)?.share;
  assert.equal(share('index >= 0 in 2030'), 1);
  assert.equal(share('index > 100 by 2030'), 0);
  assert.equal(
    a.conclusions[0]?.holdsWithDefaults,
    false,
    'the push lifts digital literacy off the bottom under the defaults',
  );
  for (const x of a.conclusions) assert.ok(x.share >= 0 && x.share <= 1);
  const dl = a.horizonSpread['digital-literacy'];
  assert.ok(
    dl !== undefined &&
      dl.min <= dl.p5 &&
      dl.p5 <= dl.p50 &&
      dl.p50 <= dl.p95 &&
      dl.p95 <= dl.max &&
      dl.max < 100,
  );
});

void test('fixed ranges make every run agree with the defaults', () => {
  const fixed = Object.fromEntries(
    prepareScenario({
      country: 'X',
      baseYear: 2024,
      horizonYear: 2026,
      base: BASE,
      plan: zeroPlan(),
    }).specs.map((s) => [s.id, { value: s.value, min: s.value, max: s.value }]),
  );
  const p = prepareScenario({
    country: 'X',
    baseYear: 2024,
    horizonYear: 2026,
    base: BASE,
    plan: plan({ regulatory: 1 }),
    parameters: fixed,
  });
  const r = runSensitivity(p, {
    runs: 50,
    seed: 1,
    conclusions: ['regulatory > human-resources in 2026', 'lowest digital-literacy in 2026'],
  });
  for (const c of r.conclusions) assert.equal(c.share, c.holdsWithDefaults ? 1 : 0);
  assert.equal(r.horizonSpread.regulatory?.min, r.horizonSpread.regulatory?.max);
});

void test('bad conclusions and options are refused', () => {
  const p = prepareScenario({
    country: 'X',
    baseYear: 2024,
    horizonYear: 2030,
    base: BASE,
    plan: zeroPlan(),
  });
  const run = (c: string) => runSensitivity(p, { runs: 1, seed: 1, conclusions: [c] });
  assert.throws(() => run('lowest index in 2030'), isBadInput(/compares components/));
  assert.throws(() => run('index >= 85 by 2040'), isBadInput(/within the projection 2024–2030/));
  assert.throws(() => run('index => 85 in 2030'), isBadInput(/unknown operator/));
  assert.throws(() => run('literacy >= 85 in 2030'), isBadInput(/unknown subject "literacy"/));
  assert.throws(() => run('index >= regulatory by 2030'), isBadInput(/"by" is for thresholds/));
  assert.throws(() => runSensitivity(p, { runs: 0, seed: 1, conclusions: [] }), isBadInput(/runs/));
  assert.throws(
    () => runSensitivity(p, { runs: 10, seed: 1.5, conclusions: [] }),
    isBadInput(/seed/),
  );
});

void test('effort matrix: per-year values, "default" for the other years, zero elsewhere', () => {
  const p = plan({ 'human-resources': { default: 0.5, '2026': 2 } });
  const { effort } = effortMatrix(p, { baseYear: 2024, horizonYear: 2027 });
  const hr = COMPONENT_IDS.indexOf('human-resources');
  assert.deepEqual(
    [0, 1, 2].map((y) => effort[y * 5 + hr]),
    [0.5, 2, 0.5],
  );
  assert.ok([0, 1, 2].every((y) => effort[y * 5 + COMPONENT_IDS.indexOf('regulatory')] === 0));
});

void test('conclusions on a hand-built trajectory: "in", "by", ties for lowest', () => {
  const ctx = { baseYear: 2024, horizonYear: 2026, outcomes: [], stride: 6 };
  // rows: 2024, 2025, 2026; columns: 5 components then the index
  const out = Float64Array.from([
    50, 60, 70, 80, 50, 62, 90, 60, 70, 80, 55, 71, 80, 60, 70, 80, 55, 69,
  ]);
  const check = (text: string) => conclusionHolds(compileConclusion(text, ctx), out, 6);
  assert.equal(
    check('lowest digital-literacy in 2024'),
    true,
    'tied with infrastructure: ties hold',
  );
  assert.equal(check('lowest digital-literacy in 2026'), true);
  assert.equal(check('lowest infrastructure in 2025'), false);
  assert.equal(check('highest infrastructure in 2025'), true);
  assert.equal(check('index >= 70 by 2026'), true, 'reached in 2025');
  assert.equal(check('index >= 70 in 2026'), false, 'fell back below by 2026');
  assert.equal(check('index >= 62 by 2024'), true, 'horizon of "by" is the base year itself');
  assert.equal(check('infrastructure > cooperation in 2025'), true);
  assert.equal(check('infrastructure > cooperation in 2026'), false);
});
