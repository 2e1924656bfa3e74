/**
 * Benchmark of STIX 2.1 patterning (packages/stix/src/pattern).
 *
 *   node --import tsx bench/stix-pattern.bench.ts [--seconds 2]
 *
 * Prints throughput of:
 * - parsing typical patterns, with two baselines measured in the same run on the same input:
 *   `JSON.parse` of the JSON encoding of each pattern's syntax tree, and a bare regex
 *   tokenisation pass over the pattern text (`parse / baseline` > 1: our parser is faster);
 * - a fuzz run: 50,000 mutated patterns (fixed seed), most of them rejected with an error;
 * - compile once, match many: one compiled pattern against batches of observed-data.
 * The goal is ≥ 100,000 typical patterns/s on one core.
 */
import { cpus, loadavg } from 'node:os';
import { compilePattern } from '../packages/stix/src/pattern/matcher.ts';
import type { ObservedDataLike } from '../packages/stix/src/pattern/observed.ts';
import { parsePattern } from '../packages/stix/src/pattern/parser.ts';
import { SEED_PATTERNS, mutator } from '../packages/stix/src/pattern/testing/fuzz.ts';

const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 2;

/** Typical indicator patterns: mostly single-IOC, some compound. */
const TYPICAL: readonly string[] = [
  "[ipv4-addr:value = '198.51.100.1']",
  "[domain-name:value = 'example.com']",
  "[url:value = 'http://example.com/download/payload.exe']",
  "[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4']",
  "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  "[ipv4-addr:value ISSUBSET '203.0.113.0/24']",
  "[email-addr:value = 'attacker@example.com']",
  ...SEED_PATTERNS,
];

let sink = 0;

/** Runs `fn` over `inputs` repeatedly for SECONDS; returns items per second. */
function throughput<T>(inputs: readonly T[], fn: (input: T) => void): number {
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) for (const i of inputs) fn(i);
  let n = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  let now = start;
  while (now < end) {
    for (const i of inputs) fn(i);
    n += inputs.length;
    now = performance.now();
  }
  return n / ((now - start) / 1000);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const rows: [string, string, string][] = [];

// 1. Parse typical patterns vs baselines.
const parseRate = throughput(TYPICAL, (p) => {
  sink += parsePattern(p).ast.span.end;
});
const jsonInputs = TYPICAL.map((p) => JSON.stringify(parsePattern(p).ast));
const jsonRate = throughput(jsonInputs, (j) => {
  sink += (JSON.parse(j) as { span: { end: number } }).span.end;
});
const TOKEN =
  /\s+|'(?:[^'\\]|\\.)*'|[A-Za-z_][A-Za-z0-9_-]*|[+-]?\d*\.?\d+|!=|<=|>=|<>|==|[[\]():.,=<>*]/g;
const regexRate = throughput(TYPICAL, (p) => {
  TOKEN.lastIndex = 0;
  let count = 0;
  while (TOKEN.exec(p) !== null) count++;
  sink += count;
});
rows.push([
  'parse typical patterns',
  `${fmt(parseRate)} patterns/s`,
  `goal 100,000: ${parseRate >= 100_000 ? 'met' : 'NOT met'}`,
]);
rows.push([
  'baseline JSON.parse of the AST',
  `${fmt(jsonRate)} trees/s`,
  `parse / baseline = ${(parseRate / jsonRate).toFixed(2)}`,
]);
rows.push([
  'baseline regex tokenisation',
  `${fmt(regexRate)} patterns/s`,
  `parse / baseline = ${(parseRate / regexRate).toFixed(2)}`,
]);

// 2. Fuzz run: 50,000 mutated patterns, parsed or rejected.
const next = mutator(20261125);
const fuzzInputs = Array.from({ length: 50_000 }, () => next());
function fuzzPass(): { ms: number; accepted: number } {
  let accepted = 0;
  const start = performance.now();
  for (const text of fuzzInputs) {
    try {
      parsePattern(text);
      accepted++;
    } catch {
      // PatternSyntaxError: expected for most mutations
    }
  }
  return { ms: performance.now() - start, accepted };
}
const cold = fuzzPass();
let warm = fuzzPass();
for (let i = 0; i < 3; i++) {
  const again = fuzzPass();
  if (again.ms < warm.ms) warm = again;
}
for (const [label, run] of [
  ['cold, first pass', cold],
  ['warm, best of 4', warm],
] as const) {
  rows.push([
    `fuzz: 50,000 mutated patterns (${label})`,
    `${fmt(fuzzInputs.length / (run.ms / 1000))} patterns/s`,
    `${run.accepted} accepted, ${fuzzInputs.length - run.accepted} rejected, ${run.ms.toFixed(0)} ms`,
  ]);
}

// 3. Compile once, match many.
const observed: ObservedDataLike[] = Array.from({ length: 1000 }, (_, i) => ({
  type: 'observed-data',
  id: `observed-data--${i}`,
  first_observed: new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString(),
  last_observed: new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString(),
  number_observed: 1,
  objects: {
    '0': { type: 'ipv4-addr', value: `10.0.${(i >> 8) & 255}.${i & 255}` },
    '1': { type: 'file', name: `f${i}.exe`, hashes: { MD5: i.toString(16).padStart(32, '0') } },
  },
}));
const compileRate = throughput(TYPICAL, (p) => {
  sink += compilePattern(p).ast.span.end;
});
rows.push(['parse + compile typical patterns', `${fmt(compileRate)} patterns/s`, '']);
for (const pattern of [
  "[ipv4-addr:value ISSUBSET '192.168.0.0/16']",
  "[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4' OR file:name LIKE '%.dll']",
  "[ipv4-addr:value = '10.0.3.231'] FOLLOWEDBY [file:name = 'f999.exe'] WITHIN 60 SECONDS",
]) {
  const compiled = compilePattern(pattern);
  const rate = throughput([observed], (batch) => {
    sink += compiled.match(batch).matched ? 1 : 0;
  });
  rows.push([
    `match ${pattern.length > 48 ? `${pattern.slice(0, 45)}…` : pattern}`,
    `${fmt(rate * observed.length)} observed-data/s`,
    `batches of ${observed.length}`,
  ]);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`STIX patterning benchmark — ${new Date().toISOString()}\n`);
const load = loadavg()[0] ?? 0;
process.stdout.write(
  `node ${process.version}, ${cpus().length} CPUs (${cpu}), load average ${load.toFixed(1)}, ${SECONDS} s per measurement\n\n`,
);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
for (const r of rows)
  process.stdout.write(
    `${r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()}\n`,
  );
if (sink === 0.5) process.stdout.write('\n'); // keep `sink` alive
