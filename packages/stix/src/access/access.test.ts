import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateStixObject } from '../validate/object.ts';
import { TLP2_EXTENSION_ID, TLP2_IDS, TLP1_IDS } from '../markings/tlp.ts';
import { clearanceFor, clearanceTable } from './clearance.ts';
import { serveVersion, viewLevel } from './serve.ts';

const facts = (originOrg: string, originUser = 'someone', recipients: string[] = []) => ({
  originOrg,
  originUser,
  recipients,
});

describe('clearance ladder (TLP 2.0 and agreements)', () => {
  const member = { userId: 'u1', orgId: 'kz', parentOrg: null };
  const client = { userId: 'u2', orgId: 'bank', parentOrg: 'kz' };
  const agreements = [
    { fromOrg: 'kg', toOrg: 'kz', levels: ['amber+strict'] },
    { fromOrg: 'uz', toOrg: 'bank', levels: ['green'] },
    { fromOrg: 'tj', toOrg: 'kz', levels: ['green', 'red'] },
  ];
  it('gives own organisation AMBER+STRICT, members GREEN, agreements their highest level', () => {
    const t = clearanceTable(member, agreements);
    assert.equal(clearanceFor(t, facts('kz')), 'amber+strict');
    assert.equal(clearanceFor(t, facts('kg')), 'amber+strict');
    assert.equal(clearanceFor(t, facts('tj')), 'green', 'RED is never granted by agreement');
    assert.equal(clearanceFor(t, facts('elsewhere')), 'green');
  });
  it('gives a client AMBER when its parent is granted AMBER or more, never AMBER+STRICT', () => {
    const t = clearanceTable(client, agreements);
    assert.equal(clearanceFor(t, facts('kg')), 'amber');
    assert.equal(clearanceFor(t, facts('uz')), 'green');
    assert.equal(clearanceFor(t, facts('elsewhere')), 'clear', 'a client is no community member');
  });
  it('gives RED to the poster and named recipient ids only', () => {
    const t = clearanceTable(member, []);
    assert.equal(clearanceFor(t, facts('kz', 'u1')), 'red');
    assert.equal(clearanceFor(t, facts('kg', 'x', ['u1'])), 'red');
    assert.equal(clearanceFor(t, facts('kz', 'x', ['U1'])), 'amber+strict', 'ids match exactly');
  });
});

describe('serving a version', () => {
  const base = {
    type: 'indicator',
    spec_version: '2.1',
    id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    pattern: "[ipv4-addr:value = '10.0.0.1']",
    pattern_type: 'stix',
    valid_from: '2024-01-01T00:00:00Z',
  };
  it('renumbers the selectors that stay after a list item goes (regression: stale labels.[1])', () => {
    const o = {
      ...base,
      labels: ['a', 'b'],
      granular_markings: [
        { selectors: ['labels.[0]'], marking_ref: TLP2_IDS.red },
        { selectors: ['labels.[1]'], marking_ref: TLP2_IDS.green },
      ],
    };
    const served = serveVersion(o, viewLevel(o), 'amber');
    assert.deepEqual(served?.labels, ['b']);
    assert.deepEqual(served?.granular_markings, [
      { selectors: ['labels.[0]'], marking_ref: TLP2_IDS.green },
    ]);
    assert.deepEqual(served?.x_coopsec_redacted, ['labels.[0]']);
    assert.equal(validateStixObject(served).valid, true, 'what is served is valid STIX');
  });
  it('withholds a version whose required property is marked above the clearance', () => {
    const o = {
      ...base,
      granular_markings: [{ selectors: ['pattern'], marking_ref: TLP2_IDS.amber }],
    };
    assert.equal(viewLevel(o), 'amber');
    assert.equal(serveVersion(o, viewLevel(o), 'green'), undefined);
    assert.equal(serveVersion(o, viewLevel(o), 'amber'), o);
  });
  it('counts an unmarked version as GREEN and TLP 1.0 WHITE as CLEAR', () => {
    assert.equal(viewLevel(base), 'green');
    assert.equal(viewLevel({ ...base, object_marking_refs: [TLP1_IDS.white] }), 'clear');
    assert.equal(serveVersion(base, viewLevel(base), 'clear'), undefined);
  });
});

describe('validation fails closed', () => {
  const def = (extra: Record<string, unknown>) => ({
    type: 'marking-definition',
    spec_version: '2.1',
    created: '2024-01-01T00:00:00.000Z',
    ...extra,
  });
  it('refuses TLP marking definitions that are not the standard ones (STIX 2.1 §7.2.1.4)', () => {
    const rules = (o: unknown) =>
      validateStixObject(o)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.ruleId);
    assert.ok(
      rules(
        def({
          id: 'marking-definition--11111111-1111-4111-8111-111111111111',
          definition_type: 'tlp',
          definition: { tlp: 'red' },
        }),
      ).includes('tlp-nonstandard'),
    );
    assert.ok(
      rules(
        def({
          id: 'marking-definition--22222222-2222-4222-8222-222222222222',
          extensions: {
            [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'amber+strict' },
          },
        }),
      ).includes('tlp-nonstandard'),
    );
    assert.ok(
      rules(
        def({ id: TLP1_IDS.green, definition_type: 'tlp', definition: { tlp: 'red' } }),
      ).includes('tlp-nonstandard'),
      'a standard id with other content',
    );
    assert.deepEqual(
      rules(def({ id: TLP1_IDS.amber, definition_type: 'tlp', definition: { tlp: 'amber' } })),
      [],
    );
  });
  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = { a: deep };
    const result = validateStixObject({ type: 'note', x_deep: deep });
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['nesting-depth'],
    );
  });
});
