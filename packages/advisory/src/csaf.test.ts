/**
 * CSAF 2.0 round trips over the OASIS examples in ../shared/data/csaf-2.0 (issue 17 tests):
 * each imports; what coopsec writes validates against the CSAF JSON schema; export and
 * re-import keep the meaning; the STIX form validates and reads back; CVSS scores computed
 * from the vectors equal the scores the advisories published.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBundle } from '@coopsec/stix';
import { readCsaf } from './csaf-read.ts';
import { assertCsaf, csafProblems } from './validate.ts';
import { writeCsaf } from './csaf-write.ts';
import {
  advisoryExtensionObjects,
  advisoryFromStix,
  advisoryReportId,
  advisoryToStix,
} from './stix.ts';

const DATA = fileURLToPath(new URL('../../../../shared/data/csaf-2.0/', import.meta.url));
const examples = [
  ...readdirSync(join(DATA, 'examples')).filter((f) => f.endsWith('.json')),
  ...readdirSync(join(DATA, 'examples/csaf_vex')).map((f) => `csaf_vex/${f}`),
];
const load = (f: string): unknown => JSON.parse(readFileSync(join(DATA, 'examples', f), 'utf8'));

/** The validator's schema must be the one in ../shared: a document differing in $id would not be it. */
const sharedSchema = JSON.parse(
  readFileSync(join(DATA, 'json_schema/csaf_json_schema.json'), 'utf8'),
) as { $id: string };
const csafSchema = (doc: unknown): boolean => csafProblems(doc).length === 0;

void describe('CSAF 2.0 examples', () => {
  assert.ok(examples.length >= 19, `found ${examples.length} examples`);

  for (const file of examples) {
    void it(`${file}: imports, exports valid CSAF, re-imports with the same meaning`, () => {
      const source = load(file);
      assert.ok(csafSchema(source), `the example itself is valid CSAF`);
      const advisory = readCsaf(source);
      const written = writeCsaf(advisory);
      assert.deepEqual(csafProblems(written), []);
      assert.deepEqual(readCsaf(written), advisory);
    });

    void it(`${file}: its STIX form validates and reads back`, () => {
      const advisory = readCsaf(load(file));
      const objects = advisoryToStix(advisory);
      const bundle = {
        type: 'bundle',
        id: 'bundle--6a1c4a4b-59a7-4a35-8d2f-1d3a0e0b9c11',
        objects: [...advisoryExtensionObjects(), ...objects],
      };
      const result = validateBundle(bundle);
      const errors = result.findings.filter((f) => f.severity === 'error');
      assert.deepEqual(errors, []);
      assert.equal(
        objects.filter((o) => o.type === 'vulnerability').length,
        advisory.vulnerabilities.length,
      );
      assert.deepEqual(advisoryFromStix(objects, advisoryReportId(advisory)), advisory);
    });
  }

  void it('computes from every published CVSS vector the score the advisory published', () => {
    let compared = 0;
    for (const file of examples)
      for (const v of readCsaf(load(file)).vulnerabilities)
        for (const s of v.scores) {
          assert.equal(s.baseScore, s.publishedScore, `${file} ${s.vector}`);
          compared++;
        }
    assert.ok(compared >= 10, `compared ${compared} scores`);
  });

  void it('keeps VEX statuses and flags (sec-vex-2022-0001)', () => {
    const a = readCsaf(load('csaf_vex/sec-vex-2022-0001.json'));
    const statuses = new Set(a.vulnerabilities.flatMap((v) => Object.keys(v.status)));
    assert.ok(statuses.has('known_not_affected'), [...statuses].join());
    assert.ok(
      a.vulnerabilities.some((v) => v.flags.length > 0),
      'a VEX justification flag',
    );
    assert.equal(a.tlp, 'clear', 'TLP 1.0 WHITE is TLP 2.0 CLEAR');
  });

  void it('makes the same STIX versions twice, and new versions of the same ids for a newer release', () => {
    const a = readCsaf(load('bsi-2022-0001.json'));
    assert.deepEqual(advisoryToStix(a), advisoryToStix(readCsaf(load('bsi-2022-0001.json'))));
    const newer = advisoryToStix({
      ...a,
      currentReleaseDate: '2030-01-01T00:00:00Z',
      version: '9',
    });
    const old = advisoryToStix(a);
    assert.deepEqual(
      newer.map((o) => o.id),
      old.map((o) => o.id),
    );
    const report = newer.find((o) => o.type === 'report');
    assert.equal(report?.modified, '2030-01-01T00:00:00.000Z');
  });
});

void describe('assertCsaf', () => {
  void it('checks against the CSAF 2.0 schema of ../shared', () => {
    assert.equal(
      sharedSchema.$id,
      'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json',
    );
  });

  void it('refuses an invalid document with the schema path and reason', () => {
    const doc = load('bsi-2022-0001.json') as { document: { tracking: Record<string, unknown> } };
    doc.document.tracking.status = 'published';
    assert.throws(
      () => assertCsaf(doc),
      (e: { code?: string; details?: { field: string; message: string }[] }) =>
        e.code === 'BAD_INPUT' &&
        e.details?.[0]?.field === '/document/tracking/status' &&
        /allowed values/.test(e.details[0].message),
    );
  });

  void it('refuses a product id that the product tree does not define (mandatory test 6.1.1)', () => {
    const doc = load('bsi-2022-0001.json') as {
      vulnerabilities: { product_status: Record<string, string[]> }[];
    };
    const first = doc.vulnerabilities[0];
    assert.ok(first !== undefined);
    first.product_status.known_affected = ['CSAFPID-9999'];
    const problems = csafProblems(doc);
    assert.ok(
      problems.some((p) => p.test === '6.1.1' && p.field.includes('known_affected')),
      JSON.stringify(problems),
    );
  });
});

void describe('readCsaf on bad input', () => {
  const good = load('bsi-2022-0001.json') as { document: Record<string, unknown> } & Record<
    string,
    unknown
  >;
  const cases: [string, unknown, string][] = [
    ['not an object', [], '/'],
    [
      'no tracking',
      { ...good, document: { ...good.document, tracking: undefined } },
      '/document/tracking',
    ],
    [
      'CSAF 1.2',
      { ...good, document: { ...good.document, csaf_version: '1.2' } },
      '/document/csaf_version',
    ],
    [
      'a TLP label that is not TLP 1.0',
      { ...good, document: { ...good.document, distribution: { tlp: { label: 'CLEAR' } } } },
      '/document/distribution/tlp/label',
    ],
    [
      'a broken CVSS vector',
      {
        ...good,
        vulnerabilities: [
          {
            scores: [
              {
                products: ['CSAFPID-0001'],
                cvss_v3: {
                  version: '3.1',
                  vectorString: 'CVSS:3.1/AV:N',
                  baseScore: 5,
                  baseSeverity: 'MEDIUM',
                },
              },
            ],
          },
        ],
      },
      '/vulnerabilities/0/scores/0/cvss_v3/vectorString',
    ],
  ];
  for (const [what, doc, field] of cases)
    void it(`names ${field} for ${what}`, () => {
      assert.throws(
        () => readCsaf(doc),
        (e: { code?: string; details?: { field: string }[] }) =>
          e.code === 'BAD_INPUT' && e.details?.[0]?.field === field,
      );
    });
});
