/**
 * Inventory matching (issue 17 item 4): CPE and purl entries read or refused with their line
 * and field; the OASIS CSAF examples in ../shared/data/csaf-2.0 matched against inventories
 * whose answers the examples' own product statuses give; and a fixed-seed property test
 * against a reference written here from intervals and the precedence rule.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoopsecError } from '@coopsec/model';
import { readCsaf } from './csaf-read.ts';
import { readCpe } from './cpe.ts';
import { readInventory, readInventoryEntry } from './inventory.ts';
import { matchAdvisory, type MatchStatus } from './match.ts';
import type { Advisory, AdvisoryProduct, ProductStatus } from './types.ts';
import {
  prng,
  randomRange,
  randomTuple,
  referenceContains,
  tupleCompare,
  type ReferenceRange,
  type Tuple,
} from './testing/reference.ts';

const DATA = fileURLToPath(new URL('../../../../shared/data/csaf-2.0/examples/', import.meta.url));
const example = (f: string) => readCsaf(JSON.parse(readFileSync(join(DATA, f), 'utf8')));
const cpe = (vendor: string, product: string) => `cpe:2.3:a:${vendor}:${product}:*:*:*:*:*:*:*:*`;

/** status of each entry (by version) for the advisory's first vulnerability, `-` for none. */
function statuses(advisory: Advisory, identifier: string, versions: string[], vulnerability = 0) {
  const entries = readInventory(versions.map((version) => ({ identifier, version })));
  const { matches, problems } = matchAdvisory(advisory, entries);
  assert.deepEqual(problems, []);
  return versions.map(
    (v) => matches.find((m) => m.version === v && m.vulnerability === vulnerability)?.status ?? '-',
  );
}

void describe('inventory entries', () => {
  void it('reads CPE 2.3 names, CPE URIs and purls', () => {
    assert.deepEqual(readCpe('cpe:2.3:a:apache:log\\:4j:2.14.1:*:*:*:*:*:*:*'), {
      part: 'a',
      vendor: 'apache',
      product: 'log:4j',
      version: '2.14.1',
    });
    assert.deepEqual(readCpe('cpe:/o:redhat:rhel_aus:7.6::server'), {
      part: 'o',
      vendor: 'redhat',
      product: 'rhel_aus',
      version: '7.6',
    });
    assert.deepEqual(readInventoryEntry({ identifier: 'pkg:npm/%40angular/core@17.0.1' }), {
      identifier: 'pkg:npm/%40angular/core@17.0.1',
      version: '17.0.1',
      identity: { kind: 'purl', type: 'npm', namespace: '@angular', name: 'core' },
      scheme: 'npm',
    });
  });

  void it('refuses bad rows naming every line and field', () => {
    assert.throws(
      () =>
        readInventory([
          { identifier: cpe('acme', 'abc'), version: '1.0' },
          { identifier: 'cpe:2.3:a:acme:abc', version: '1.0' },
          { identifier: 'pkg:npm/lodash' },
          { identifier: 'pkg:npm/lodash@4.17.21', version: '4.17.20' },
          { identifier: 'lodash', version: '1' },
        ]),
      (e: unknown) => {
        assert.ok(e instanceof CoopsecError && e.code === 'BAD_INPUT');
        assert.deepEqual(
          e.details.map((d) => [d.row, d.field]),
          [
            [2, 'cpe_or_purl'],
            [3, 'version'],
            [4, 'version'],
            [5, 'cpe_or_purl'],
          ],
        );
        assert.equal(e.message, '4 inventory rows cannot be read');
        assert.match(e.details[0]?.message ?? '', /13 components/);
        return true;
      },
    );
  });
});

void describe('the OASIS CSAF examples', () => {
  void it('every product of every example is read: its identities and versions', () => {
    const files = [
      ...readdirSync(DATA).filter((f) => f.endsWith('.json')),
      ...readdirSync(join(DATA, 'csaf_vex')).map((f) => `csaf_vex/${f}`),
    ];
    assert.ok(files.length >= 19, `${files.length} examples`);
    for (const f of files) assert.deepEqual(matchAdvisory(example(f), []).problems, [], f);
  });

  void it('2022-evd-uc-06: affected and known_not_affected versions and ranges of ABC', () => {
    const a = example('csaf_vex/2022-evd-uc-06-001.json');
    assert.deepEqual(
      statuses(a, cpe('example_company', 'abc'), [
        '2.4',
        '2.5',
        '2.6',
        '2.7.5',
        '3.0',
        '4.1',
        '4.2',
        '5.0',
        '0.9',
      ]),
      [
        'affected',
        'not_affected',
        'affected',
        'not_affected',
        'affected',
        'affected',
        'not_affected',
        '-',
        '-',
      ],
    );
  });

  void it('2022-evd-uc-07: JKL fixed in 5.1, affected from 4.5 to 5.0, not affected before', () => {
    const a = example('csaf_vex/2022-evd-uc-07-001.json');
    assert.deepEqual(statuses(a, cpe('Example Company', 'JKL'), ['4.4', '4.7', '5.1', '5.2']), [
      'not_affected',
      'affected',
      'fixed',
      '-',
    ]);
    const { matches } = matchAdvisory(
      a,
      readInventory([{ identifier: cpe('example_company', 'jkl'), version: '4.7' }]),
    );
    assert.deepEqual(matches, [
      {
        identifier: cpe('example_company', 'jkl'),
        version: '4.7',
        cve: 'CVE-2021-44228',
        vulnerability: 0,
        status: 'affected',
        matched: true,
        productIds: ['CSAFPID-0008'],
      },
    ]);
  });

  void it('2022-evd-uc-05: vers:all/* under investigation covers every version of XYZ', () => {
    const a = example('csaf_vex/2022-evd-uc-05-001.json');
    assert.deepEqual(statuses(a, cpe('example_company', 'xyz'), ['0.1', '99']), [
      'under_investigation',
      'under_investigation',
    ]);
    assert.deepEqual(statuses(a, cpe('other_company', 'xyz'), ['0.1']), ['-']);
  });

  void it('sec-vex-2022-0001: a range in CSAF words (<=1.14.0), not affected', () => {
    const a = example('csaf_vex/sec-vex-2022-0001.json');
    assert.deepEqual(
      statuses(a, cpe('secvisogram', 'secvisogram'), ['1.13.2', '1.14.0', '1.14.1']),
      ['not_affected', 'not_affected', '-'],
    );
  });

  void it('bsi-2022-0001: CPE URIs in the tree; first_fixed 1.0.0-rc2 fixes later versions', () => {
    const a = example('bsi-2022-0001.json');
    assert.deepEqual(
      statuses(a, cpe('csaf-tools', 'cvrf-csaf-converter'), [
        '1.0.0-alpha',
        '1.0.0-dev2',
        '1.0.0-rc1',
        '1.0.0-rc2',
        '1.0.0',
        '1.1.0',
        '0.9',
      ]),
      ['affected', 'affected', 'affected', 'fixed', 'fixed', 'fixed', '-'],
    );
  });

  void it('2022-evd-uc-08: two vulnerabilities answered each by its own statuses', () => {
    const a = example('csaf_vex/2022-evd-uc-08-001.json');
    const id = cpe('example_company', 'jkl');
    assert.deepEqual(statuses(a, id, ['5.1', '5.2'], 0), ['fixed', 'fixed']);
    assert.deepEqual(statuses(a, id, ['5.1', '5.2'], 1), ['affected', 'fixed']);
  });
});

// ---- property test: random advisories and inventories against the reference ----

const STATUSES: readonly ProductStatus[] = [
  'known_affected',
  'first_affected',
  'last_affected',
  'fixed',
  'first_fixed',
  'known_not_affected',
  'under_investigation',
  'recommended',
];

interface ReferenceProduct {
  readonly id: string;
  readonly name: string;
  readonly status: ProductStatus;
  /** Versions the status covers, as the reference reads the status. */
  readonly covers: (v: Tuple) => boolean;
}

function randomProduct(
  rand: () => number,
  i: number,
): { product: AdvisoryProduct; reference: ReferenceProduct } {
  const name = rand() < 0.5 ? 'abc' : 'def';
  const status = STATUSES[Math.floor(rand() * STATUSES.length)] ?? 'known_affected';
  const id = `P${i}`;
  const base = { id, name: `ABC ${i}`, vendor: 'Acme Corp', product: name.toUpperCase() };
  const single = status.startsWith('first_') || status === 'last_affected' || rand() < 0.3;
  if (single) {
    const at = randomTuple(rand);
    const covers = (v: Tuple) =>
      status.startsWith('first_')
        ? tupleCompare(v, at) >= 0
        : status === 'last_affected'
          ? tupleCompare(v, at) <= 0
          : tupleCompare(v, at) === 0;
    return {
      product: {
        ...base,
        version: at.join('.'),
        path: [{ category: 'product_version', name: at.join('.') }],
      },
      reference: { id, name, status, covers },
    };
  }
  const { reference, vers } = randomRange(rand);
  const r: ReferenceRange = reference;
  return {
    product: { ...base, path: [{ category: 'product_version_range', name: vers }] },
    reference: { id, name, status, covers: (v) => referenceContains(r, v) },
  };
}

const REFERENCE_CLASS: Record<ProductStatus, MatchStatus | undefined> = {
  known_affected: 'affected',
  first_affected: 'affected',
  last_affected: 'affected',
  fixed: 'fixed',
  first_fixed: 'fixed',
  known_not_affected: 'not_affected',
  under_investigation: 'under_investigation',
  recommended: undefined,
};
const PRECEDENCE: MatchStatus[] = ['fixed', 'not_affected', 'affected', 'under_investigation'];

void describe('matching against the reference (seed 4)', () => {
  void it('agrees on 1,500 random advisories × 8 inventory entries', () => {
    const rand = prng(4);
    const seen = new Map<string, number>();
    for (let n = 0; n < 1500; n++) {
      const made = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, i) =>
        randomProduct(rand, i),
      );
      const advisory: Advisory = {
        trackingId: `T-${n}`,
        title: 't',
        category: 'csaf_vex',
        version: '1',
        status: 'final',
        initialReleaseDate: '2024-01-01T00:00:00.000Z',
        currentReleaseDate: '2024-01-01T00:00:00.000Z',
        publisher: { name: 'p', namespace: 'https://example.org', category: 'vendor' },
        notes: [],
        references: [],
        revisions: [],
        products: made.map((m) => m.product),
        vulnerabilities: [
          {
            cve: 'CVE-2024-0001',
            ids: [],
            status: Object.fromEntries(
              STATUSES.map((s) => [
                s,
                made.filter((m) => m.reference.status === s).map((m) => m.reference.id),
              ]),
            ),
            scores: [],
            notes: [],
            threats: [],
            remediations: [],
            flags: [],
            references: [],
          },
        ],
      };
      const items = Array.from({ length: 8 }, () => {
        const name = ['abc', 'def', 'ghi'][Math.floor(rand() * 3)] ?? 'abc';
        const version = randomTuple(rand);
        return { name, version, identifier: cpe('acme_corp', name) };
      });
      const entries = readInventory(
        items.map((i) => ({ identifier: i.identifier, version: i.version.join('.') })),
      );
      const { matches, problems } = matchAdvisory(advisory, entries);
      assert.deepEqual(problems, []);
      items.forEach((item, k) => {
        const found = new Map<MatchStatus, string[]>();
        for (const { reference: p } of made) {
          const cls = REFERENCE_CLASS[p.status];
          if (cls === undefined || p.name !== item.name || !p.covers(item.version)) continue;
          found.set(cls, [...(found.get(cls) ?? []), p.id]);
        }
        const expected = PRECEDENCE.find((s) => found.has(s));
        // entries with the same identifier and version give the same answer: compare the first
        const got = matches.find(
          (m) => m.identifier === item.identifier && m.version === entries[k]?.version,
        );
        assert.equal(
          got?.status,
          expected,
          `${item.name} ${item.version.join('.')} in ${JSON.stringify(made.map((m) => m.product.path))}`,
        );
        if (expected !== undefined) {
          assert.deepEqual(got?.productIds, [...(found.get(expected) ?? [])].sort());
          assert.equal(got?.matched, expected === 'affected');
        }
        seen.set(expected ?? '-', (seen.get(expected ?? '-') ?? 0) + 1);
      });
    }
    // Every outcome must come up often enough for the agreement to mean something.
    for (const s of [...PRECEDENCE, '-'])
      assert.ok((seen.get(s) ?? 0) > 300, `${s}: ${seen.get(s)}`);
  });
});
