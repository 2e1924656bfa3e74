/**
 * Unit tests of the MUST and SHOULD rules of `validateStixObject` / `validateBundle`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  deterministicScoId,
  validateBundle,
  validateStixObject,
  type ValidateOptions,
} from '../index.ts';

const indicator = {
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: '2016-04-06T20:03:48.000Z',
  modified: '2016-04-06T20:03:48.000Z',
  name: 'Poison Ivy',
  description: 'A file hash',
  indicator_types: ['malicious-activity'],
  pattern_type: 'stix',
  pattern:
    "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  valid_from: '2016-04-06T20:03:48Z',
};

const rules = (object: unknown, options: ValidateOptions = {}): string[] =>
  validateStixObject(object, options).findings.map((f) => `${f.severity}:${f.ruleId}@${f.path}`);

describe('validateStixObject', () => {
  it('accepts a well-formed indicator without findings', () => {
    assert.deepEqual(validateStixObject(indicator), { valid: true, findings: [] });
  });
  it('reports missing required properties with their JSON path', () => {
    const { pattern: _pattern, ...rest } = indicator;
    assert.deepEqual(rules(rest), ['error:required@$.pattern']);
  });
  it('requires millisecond precision on created and modified only (§3.2)', () => {
    assert.deepEqual(
      rules({ ...indicator, created: '2016-04-06T20:03:48Z', modified: '2016-04-06T20:03:48Z' }),
      ['error:timestamp@$.created', 'error:timestamp@$.modified'],
    );
    assert.deepEqual(rules({ ...indicator, valid_from: '2016-04-06T20:03:48Z' }), []);
  });
  it('checks calendar dates and leap years', () => {
    assert.deepEqual(rules({ ...indicator, valid_from: '2016-02-29T00:00:00Z' }), []);
    assert.deepEqual(rules({ ...indicator, valid_from: '2015-02-29T00:00:00Z' }), [
      'error:timestamp@$.valid_from',
    ]);
    assert.deepEqual(rules({ ...indicator, valid_from: '2016-04-06T24:00:00Z' }), [
      'error:timestamp@$.valid_from',
    ]);
  });
  it('rejects modified before created, at sub-millisecond precision too', () => {
    assert.deepEqual(rules({ ...indicator, modified: '2016-04-06T20:03:47.999Z' }), [
      'error:modified-before-created@$.modified',
    ]);
    assert.deepEqual(
      rules({
        ...indicator,
        created: '2016-04-06T20:03:48.0005Z',
        modified: '2016-04-06T20:03:48.000Z',
      }),
      ['error:modified-before-created@$.modified'],
    );
    assert.deepEqual(
      rules({
        ...indicator,
        created: '2016-04-06T20:03:48.1000Z',
        modified: '2016-04-06T20:03:48.100Z',
      }),
      [],
    );
  });
  it('checks the id: prefix equals the type, RFC 4122 UUID, v4 recommended', () => {
    assert.deepEqual(rules({ ...indicator, id: 'malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }), [
      'error:id-prefix@$.id',
    ]);
    assert.deepEqual(rules({ ...indicator, id: 'indicator--8e2e2d2b-17d4-4cbf-938f' }), [
      'error:identifier@$.id',
    ]);
    assert.deepEqual(
      rules({ ...indicator, id: 'indicator--8e2e2d2b-17d4-5cbf-938f-98ee46b3cd3f' }),
      ['warning:uuid-check@$.id'],
    );
  });
  it('checks the types that references point at', () => {
    assert.deepEqual(
      rules({ ...indicator, created_by_ref: 'malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }),
      ['error:reference-type@$.created_by_ref'],
    );
    assert.deepEqual(
      rules({
        ...indicator,
        object_marking_refs: ['identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'],
      }),
      ['error:reference-type@$.object_marking_refs[0]'],
    );
    const sighting = {
      type: 'sighting',
      spec_version: '2.1',
      id: 'sighting--ee20065d-2555-424f-ad9e-0f8428623c75',
      created: '2016-04-06T20:08:31.000Z',
      modified: '2016-04-06T20:08:31.000Z',
      sighting_of_ref: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
      where_sighted_refs: ['malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'],
      observed_data_refs: ['identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f'],
    };
    assert.deepEqual(rules(sighting), [
      'error:reference-type@$.where_sighted_refs[0]',
      'error:reference-type@$.observed_data_refs[0]',
    ]);
  });
  it('checks SCO references by target type, and observed-data local references', () => {
    const traffic = {
      type: 'network-traffic',
      id: 'network-traffic--2568d22a-8998-58eb-99ec-3c8ca74f527d',
      src_ref: 'file--4d22aae0-2bf9-5427-8819-e4f6abf20a53',
      protocols: ['tcp'],
    };
    assert.ok(rules(traffic).includes('error:reference-type@$.src_ref'));
    const observed = {
      type: 'observed-data',
      spec_version: '2.1',
      id: 'observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf',
      created: '2016-04-06T19:58:16.000Z',
      modified: '2016-04-06T19:58:16.000Z',
      first_observed: '2015-12-21T19:00:00Z',
      last_observed: '2015-12-21T19:00:00Z',
      number_observed: 1,
      objects: {
        '0': { type: 'file', name: 'a.exe', parent_directory_ref: '1' },
        '1': { type: 'ipv4-addr', value: '10.0.0.1' },
        '2': { type: 'file', name: 'b', parent_directory_ref: '9' },
      },
    };
    assert.deepEqual(rules(observed, { mustOnly: true }), [
      'error:reference-type@$.objects["0"].parent_directory_ref',
      'error:observable-reference@$.objects["2"].parent_directory_ref',
    ]);
  });
  it('requires granular selectors to resolve and forbids self-marking definitions', () => {
    const marked = {
      ...indicator,
      granular_markings: [
        {
          selectors: ['description', 'indicator_types.[0]', 'indicator_types.[5]', 'nope'],
          marking_ref: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
        },
      ],
    };
    assert.deepEqual(rules(marked), [
      'error:granular-selector@$.granular_markings[0].selectors[2]',
      'error:granular-selector@$.granular_markings[0].selectors[3]',
    ]);
    const md = {
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
      created: '2017-01-20T00:00:00.000Z',
      definition_type: 'tlp',
      definition: { tlp: 'green' },
    };
    assert.deepEqual(rules({ ...md, object_marking_refs: [md.id] }), ['error:circular-marking@$']);
  });
  it('finds marking cycles across definitions in a bundle', () => {
    const a = 'marking-definition--11111111-1111-4111-8111-111111111111';
    const b = 'marking-definition--22222222-2222-4222-8222-222222222222';
    const md = (id: string, ref: string) => ({
      type: 'marking-definition',
      spec_version: '2.1',
      id,
      created: '2017-01-20T00:00:00.000Z',
      definition_type: 'statement',
      definition: { statement: 'x' },
      object_marking_refs: [ref],
    });
    const result = validateBundle({
      type: 'bundle',
      id: 'bundle--33333333-3333-4333-8333-333333333333',
      objects: [md(a, b), md(b, a)],
    });
    assert.equal(result.valid, false);
    assert.ok(result.findings.some((f) => f.ruleId === 'circular-marking'));
  });
  it('enforces custom property names (MUST) and conventions (SHOULD)', () => {
    assert.deepEqual(rules({ ...indicator, ab: 1 }), ['error:custom-property-name@$.ab']);
    assert.deepEqual(rules({ ...indicator, x_acme_score: 1 }), [
      'warning:extensions-use@$.x_acme_score',
    ]);
    assert.deepEqual(rules({ ...indicator, score: 1 }, { disabled: ['extensions-use'] }), [
      'warning:custom-prefix@$.score',
    ]);
    assert.deepEqual(rules({ ...indicator, x_acme_list: [] }, { mustOnly: true }), [
      'error:empty-list@$.x_acme_list',
    ]);
  });
  it('validates extensions: definition ids, extension_type, predefined SCO extensions', () => {
    const ext = (value: unknown) => ({
      ...indicator,
      extensions: { 'extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e': value },
    });
    assert.deepEqual(rules(ext({ rank: 5 })), [
      'error:required@$.extensions["extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e"].extension_type',
    ]);
    assert.deepEqual(rules(ext({ extension_type: 'new-sdo' })), [
      'error:extension-type@$.extensions["extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e"].extension_type',
    ]);
    assert.deepEqual(rules(ext({ extension_type: 'property-extension', rank: 5 })), []);
    assert.deepEqual(rules({ ...indicator, extensions: { 'ntfs-ext': { sid: 'x' } } }), [
      'error:extension-key@$.extensions["ntfs-ext"]',
    ]);
  });
  it('validates a custom object defined by an extension definition', () => {
    const custom = {
      type: 'my-favorite-sdo',
      spec_version: '2.1',
      id: 'my-favorite-sdo--a932fcc6-e032-476c-a26f-cb970a5a1ade',
      created: '2014-02-20T09:16:08.989Z',
      modified: '2014-02-20T09:16:08.989Z',
      some_property: 'v',
      extensions: {
        'extension-definition--04b2d3ef-d061-4912-ab77-6bbe807a5bd5': { extension_type: 'new-sdo' },
      },
    };
    assert.deepEqual(rules(custom), []);
    assert.deepEqual(
      rules(
        { ...custom, type: 'My_Type', id: 'My_Type--a932fcc6-e032-476c-a26f-cb970a5a1ade' },
        { mustOnly: true },
      ),
      ['error:custom-type-name@$.type', 'error:identifier@$.id'],
    );
  });
  it('computes deterministic SCO ids (UUIDv5, §2.9) and warns on a mismatch', () => {
    const id = deterministicScoId({ type: 'ipv4-addr', value: '198.51.100.3' });
    assert.equal(id, 'ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4');
    assert.deepEqual(rules({ type: 'ipv4-addr', id, value: '198.51.100.3' }), []);
    assert.deepEqual(rules({ type: 'ipv4-addr', id, value: '198.51.100.4' }), [
      'warning:sco-deterministic-id@$.id',
    ]);
    // hashes: one hash is chosen (MD5 first), so adding SHA-256 keeps the id
    const md5 = { MD5: '6aa4a7ec5d5f4b1e2fcb0c6f1b5a1e7a' };
    assert.equal(
      deterministicScoId({ type: 'file', hashes: md5 }),
      deterministicScoId({ type: 'file', hashes: { ...md5, 'SHA-256': 'a'.repeat(64) } }),
    );
  });
  it('calls the pattern hook only for pattern_type stix, and reports its problems', () => {
    const hook = (p: string) => (p.startsWith('[') ? [] : ['not a pattern']);
    assert.deepEqual(rules({ ...indicator, pattern: 'bad' }, { validatePatternHook: hook }), [
      'error:pattern@$.pattern',
    ]);
    assert.deepEqual(
      rules({ ...indicator, pattern: 'bad', pattern_type: 'yara' }, { validatePatternHook: hook }),
      [],
    );
    assert.deepEqual(rules({ ...indicator, pattern: 'bad' }), []); // no hook: non-empty string is enough
    assert.deepEqual(rules({ ...indicator, pattern: '  ' }), ['error:pattern@$.pattern']);
    const throwing = () => {
      throw new Error('boom');
    };
    assert.deepEqual(rules(indicator, { validatePatternHook: throwing }), [
      'error:pattern@$.pattern',
    ]);
  });
  it('reports open-vocabulary values outside the vocabulary as warnings, and strict makes them fail', () => {
    const o = { ...indicator, indicator_types: ['evil'] };
    assert.equal(validateStixObject(o).valid, true);
    assert.equal(validateStixObject(o, { strict: true }).valid, false);
    assert.equal(
      validateStixObject(o, { strict: true, disabled: ['approved-values'] }).valid,
      true,
    );
  });
  it('says which of name and description an indicator lacks, only that one (issue 14, item 8)', () => {
    const messages = (o: Record<string, unknown>) =>
      validateStixObject(o)
        .findings.filter((f) => f.ruleId === 'indicator-properties')
        .map((f) => f.message);
    const { description: _d, ...named } = indicator;
    const { name: _n, ...described } = indicator;
    const { name: _n2, description: _d2, ...bare } = indicator;
    assert.deepEqual(messages(named), ['an indicator should have a description']);
    assert.deepEqual(messages(described), ['an indicator should have a name']);
    assert.deepEqual(messages(bare), ['an indicator should have a name and a description']);
    assert.deepEqual(messages(indicator), []);
  });
  it('checks bundles: envelope, duplicates, and references with enforceRefs', () => {
    const bundle = {
      type: 'bundle',
      id: 'bundle--44af6c39-c09b-49c5-9de2-394224b04982',
      objects: [indicator, indicator],
    };
    assert.deepEqual(
      validateBundle(bundle).findings.map((f) => `${f.ruleId}@${f.path}`),
      ['duplicate-object@$.objects[1]'],
    );
    const ref = { ...indicator, created_by_ref: 'identity--f431f809-377b-45e0-aa1c-6a4751cae5ff' };
    assert.deepEqual(
      validateBundle({ ...bundle, objects: [ref] }, { enforceRefs: true }).findings.map(
        (f) => `${f.ruleId}@${f.path}`,
      ),
      ['unresolved-reference@$.objects[0].created_by_ref'],
    );
    assert.equal(validateBundle({ ...bundle, objects: [] }).valid, false);
  });
});

describe('marking references that resolve to nothing (issue 14, item 6)', () => {
  const AMBER_STRICT = 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003';
  const MISTYPED = 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b030';
  const CUSTOM = 'marking-definition--1d2a3b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
  const custom = {
    type: 'marking-definition',
    spec_version: '2.1',
    id: CUSTOM,
    created: '2016-04-06T20:03:48.000Z',
    name: 'Ministry internal',
    extensions: {
      'extension-definition--5b9e5e1a-4b4e-4d1e-8c1a-2a0e8f3b6c7d': {
        extension_type: 'property-extension',
      },
    },
  };
  const bundle = (...objects: unknown[]) => ({
    type: 'bundle',
    id: 'bundle--44af6c39-c09b-49c5-9de2-394224b04982',
    objects,
  });
  const unresolved = (result: {
    findings: readonly { ruleId: string; path: string; message: string }[];
  }) => result.findings.filter((f) => f.ruleId === 'marking-unresolved');

  it('warns about a mistyped TLP id, names the place and the likely TLP level', () => {
    const found = unresolved(
      validateBundle(bundle({ ...indicator, object_marking_refs: [MISTYPED] })),
    );
    assert.equal(found.length, 1);
    assert.deepEqual(
      found.map((f) => f.path),
      ['$.objects[0].object_marking_refs[0]'],
    );
    const message = found[0]?.message ?? '';
    assert.match(message, /treated as unmarked/);
    assert.match(message, new RegExp(`did you mean TLP:AMBER\\+STRICT, ${AMBER_STRICT}`));
  });

  it('warns for granular markings and single objects too, and strict fails', () => {
    const o = {
      ...indicator,
      granular_markings: [{ marking_ref: MISTYPED, selectors: ['description'] }],
    };
    assert.deepEqual(rules(o), ['warning:marking-unresolved@$.granular_markings[0].marking_ref']);
    assert.equal(validateStixObject(o, { strict: true }).valid, false);
  });

  it('accepts standard TLP ids and definitions in the same bundle', () => {
    assert.deepEqual(
      unresolved(validateStixObject({ ...indicator, object_marking_refs: [AMBER_STRICT] })),
      [],
    );
    const marked = { ...indicator, object_marking_refs: [CUSTOM] };
    assert.deepEqual(unresolved(validateBundle(bundle(custom, marked))), []);
    assert.equal(unresolved(validateBundle(bundle(marked))).length, 1);
  });
});
