/**
 * `coopsec match` through the real CLI: EVE (plain and gzip), Zeek TSV, auto-detection,
 * malformed lines, unknown formats, and sightings that `coopsec stix validate` accepts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLI_ARGS } from '../testing/run-cli.ts';

const coopsec = (args: string[], input?: string) =>
  spawnSync(process.execPath, [...CLI_ARGS, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

const dir = mkdtempSync(join(tmpdir(), 'coopsec-match-'));
const ind = (n: number, pattern: string, extra: Record<string, unknown> = {}) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: `indicator--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  pattern,
  pattern_type: 'stix',
  valid_from: '2026-01-01T00:00:00Z',
  ...extra,
});
const bundle = join(dir, 'indicators.json');
writeFileSync(
  bundle,
  JSON.stringify({
    type: 'bundle',
    id: 'bundle--00000000-0000-4000-8000-000000000000',
    objects: [
      ind(1, "[ipv4-addr:value ISSUBSET '203.0.113.0/24']"),
      ind(2, "[domain-name:value = 'evil.example' OR domain-name:value LIKE '%.evil.example']"),
      ind(3, "[file:hashes.MD5 = '79054025255FB1A26E4BC422AEF54EB4']"),
      ind(4, "[ipv4-addr:value = '198.51.100.99']", { valid_until: '2026-02-01T00:00:00Z' }),
      ind(5, 'alert ip any any', { pattern_type: 'snort' }),
    ],
  }),
);
const eve = [
  '{"timestamp":"2026-06-01T10:00:00+0000","event_type":"dns","src_ip":"10.0.0.5","dest_ip":"192.0.2.53","dns":{"rrname":"www.EVIL.example."}}',
  'garbage',
  '{"timestamp":"2026-06-01T10:05:00+0000","event_type":"flow","src_ip":"10.0.0.5","dest_ip":"203.0.113.9"}',
  '{"timestamp":"2026-06-01T10:06:00+0000","event_type":"flow","src_ip":"10.0.0.5","dest_ip":"198.51.100.99"}',
  '{"timestamp":"2026-06-01T11:00:00+0000","event_type":"fileinfo","src_ip":"203.0.113.10","dest_ip":"10.0.0.5","fileinfo":{"md5":"79054025255fb1a26e4bc422aef54eb4"}}',
].join('\n');

interface Summary {
  format: string;
  lines: number;
  hits: number;
  malformed: { count: number; lines: { line: number; reason: string }[] };
  indicators: { fast: number; ignored: number };
  perIndicator: { indicator: string; count: number; first_seen: string; last_seen: string }[];
}

describe('coopsec match', () => {
  it('matches EVE lines (auto-detected, gzip), aggregates per indicator, counts malformed lines', () => {
    const file = join(dir, 'eve.json.gz');
    writeFileSync(file, gzipSync(eve));
    const r = coopsec(['--json', 'match', file, '--indicators', bundle]);
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout) as Summary;
    assert.equal(s.format, 'eve');
    assert.equal(s.lines, 5);
    assert.deepEqual(
      s.malformed.lines.map((m) => m.line),
      [2],
    );
    assert.equal(s.indicators.fast, 4);
    assert.equal(s.indicators.ignored, 1);
    const by = new Map(s.perIndicator.map((p) => [p.indicator.slice(-1), p]));
    assert.equal(by.get('1')?.count, 2);
    assert.equal(by.get('1')?.first_seen, '2026-06-01T10:05:00.000Z');
    assert.equal(by.get('1')?.last_seen, '2026-06-01T11:00:00.000Z');
    assert.equal(by.get('2')?.count, 1);
    assert.equal(by.get('3')?.count, 1);
    assert.equal(by.has('4'), false, 'expired before the record');
  });

  it('reads a Zeek TSV log from stdin and writes sightings that validate', () => {
    const zeek = [
      '#separator \\x09',
      '#fields\tts\tuid\tid.orig_h\tid.resp_h\tquery',
      '1780308000.0\tC1\t10.0.0.5\t192.0.2.53\tevil.example',
      '1780308060.0\tC2\t10.0.0.5\t203.0.113.1\t-',
    ].join('\n');
    const out = join(dir, 'sightings.json');
    const r = coopsec(
      ['match', '-', '--indicators', bundle, '--sightings', out, '--sighted-by', 'CERT Example'],
      zeek,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /4 lines \(zeek\), 2 observations, 0 malformed, 2 hits on 2 indicators/);
    const v = coopsec(['--json', 'stix', 'validate', '--strict', out]);
    assert.equal(v.status, 0, v.stdout);
    const b = JSON.parse(readFileSync(out, 'utf8')) as {
      objects: Record<string, unknown>[];
    };
    const sightings = b.objects.filter((o) => o.type === 'sighting');
    assert.equal(sightings.length, 2);
    const identity = b.objects.find((o) => o.type === 'identity');
    assert.equal(identity?.name, 'CERT Example');
    for (const s of sightings) assert.deepEqual(s.where_sighted_refs, [identity?.id]);
  });

  it('refuses an unknown format with the known ones, and undetectable input', () => {
    const r = coopsec(['match', '-', '--indicators', bundle, '--format', 'pcap'], '');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /known: eve, zeek, jsonl, csv, cef, syslog, stix/);
    const u = coopsec(['match', '-', '--indicators', bundle], 'hello world\n');
    assert.equal(u.status, 2);
    assert.match(u.stderr, /cannot detect the input format/);
    const s = coopsec(
      ['match', '-', '--indicators', bundle, '--sightings', join(dir, 'x.json')],
      '',
    );
    assert.equal(s.status, 2);
    assert.match(s.stderr, /--sighted-by/);
  });

  it('--warninglists: a listed address raises no alert, and the summary says which list', () => {
    const file = join(dir, 'eve-wl.json');
    writeFileSync(file, eve);
    // 203.0.113.0/24 is TEST-NET-3, on the bundled rfc5735 list
    const r = coopsec([
      '--json',
      'match',
      file,
      '--indicators',
      bundle,
      '--warninglists',
      'rfc5735,rfc1918',
    ]);
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout) as Summary & {
      suppressed: { count: number; by: Record<string, number> };
    };
    const ids = s.perIndicator.map((p) => p.indicator.slice(-1)).sort();
    assert.deepEqual(ids, ['2', '3']);
    assert.deepEqual(s.suppressed.by, { 'warninglist rfc5735': 2 });
    const bad = coopsec(['match', file, '--indicators', bundle, '--warninglists', 'nope']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown list "nope" \(known: bundled, /);
  });

  it('--decay: scores in the output, decayed indicators suppressed', () => {
    const file = join(dir, 'eve-decay.json');
    writeFileSync(file, eve);
    // records of 2026-06-01, indicators modified 2026-01-01: 151 days > nids-simple's 120
    const r = coopsec(['--json', 'match', file, '--indicators', bundle, '--decay', 'nids-simple']);
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout) as Summary & { suppressed: { by: Record<string, number> } };
    assert.deepEqual(s.perIndicator, []);
    assert.deepEqual(s.suppressed.by, { 'decay nids-simple': 4 });
    const model = join(dir, 'long.json');
    writeFileSync(
      model,
      JSON.stringify({
        formula: 'Polynomial',
        parameters: { lifetime: 604, decay_speed: 2, threshold: 30, default_base_score: 80 },
      }),
    );
    const long = coopsec(['--json', 'match', file, '--indicators', bundle, '--decay', model]);
    const l = JSON.parse(long.stdout) as Summary & { perIndicator: { score: number }[] };
    // about 151.4 of 604 days: 80 × (1 − (151.4/604)^0.5) ≈ 39.9
    assert.equal(l.perIndicator.length, 3);
    for (const p of l.perIndicator) assert.ok(p.score > 39.8 && p.score < 40, String(p.score));
    const bad = coopsec(['match', file, '--indicators', bundle, '--decay', 'linear']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown model "linear"/);
  });

  it("coopsec export suricata|zeek writes the engines' files; an unknown engine is refused", () => {
    const out = join(dir, 'engines');
    const z = coopsec(['--json', 'export', 'zeek', '--indicators', bundle, '--out', out]);
    assert.equal(z.status, 0, z.stderr);
    const intel = readFileSync(join(out, 'coopsec.intel'), 'utf8').split('\n');
    assert.equal(intel[0], '#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc\tmeta.url');
    assert.ok(intel.includes(`203.0.113.0/24\tIntel::SUBNET\tcoopsec\t${ind(1, '').id}\t-`));
    const s = coopsec(['--json', 'export', 'suricata', '--indicators', bundle, '--out', out]);
    assert.equal(s.status, 0, s.stderr);
    assert.equal(
      readFileSync(join(out, 'coopsec-md5.lst'), 'utf8'),
      '79054025255fb1a26e4bc422aef54eb4\n',
    );
    const bad = coopsec(['export', 'snort', '--indicators', bundle, '--out', out]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown export "snort" \(known: suricata, zeek/);
  });
});
