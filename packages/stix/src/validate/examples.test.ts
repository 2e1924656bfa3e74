/**
 * Cross-check against the OASIS material: every example document passes both our validator
 * and ajv with the official schemas; systematic mutations of every example object are
 * rejected by ours. Where ajv (schemas) accepts a mutation, that is a rule JSON Schema cannot
 * express (listed in the schemas' README); such cases are named in SCHEMA_BLIND below.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES_DIR, listJsonFiles, loadOasisValidator } from '../test-support/oasis.ts';
import { stixPatternHook, validateDocument, validateStixObject, getDefinition } from '../index.ts';

const oasis = loadOasisValidator();
const files = listJsonFiles(EXAMPLES_DIR);
const documents = files.map((f) => ({
  file: f.slice(EXAMPLES_DIR.length + 1),
  doc: JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>,
}));
const objects = documents.flatMap(({ file, doc }) =>
  (doc.type === 'bundle' ? (doc.objects as Record<string, unknown>[]) : [doc]).map((o) => ({
    file,
    object: o,
  })),
);

const errors = (object: unknown): string[] =>
  validateStixObject(object, { validatePatternHook: stixPatternHook })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.ruleId}@${f.path}`);

describe('OASIS examples', () => {
  it('finds the example files', () => {
    assert.ok(files.length >= 8, `only ${files.length} examples`);
    assert.ok(objects.length > 100);
  });
  for (const { file, doc } of documents) {
    it(`${file} passes ours (with the pattern hook) and ajv`, () => {
      const ours = validateDocument(doc, { validatePatternHook: stixPatternHook });
      assert.deepEqual(
        ours.findings.filter((f) => f.severity === 'error'),
        [],
      );
      const theirs = oasis.validate(doc);
      assert.equal(theirs.valid, true, theirs.errors.join('; '));
    });
  }
});

type Mutation = {
  name: string;
  apply: (o: Record<string, unknown>) => Record<string, unknown> | undefined;
  rule: string;
};

const UUID = '6e5e3b7c-3f0a-4c2b-9a61-0f4b7d3e2a11';
const without = (o: Record<string, unknown>, key: string): Record<string, unknown> => {
  const copy = { ...o };
  delete copy[key];
  return copy;
};

function requiredOf(type: string): string[] {
  const def = getDefinition(type);
  const common =
    def?.kind === 'sco'
      ? ['type', 'id']
      : def?.kind === 'meta'
        ? []
        : ['type', 'spec_version', 'id', 'created', 'modified'];
  return [...new Set([...common, ...(def?.required ?? [])])];
}

function mutationsFor(object: Record<string, unknown>): Mutation[] {
  const type = String(object.type);
  const m: Mutation[] = requiredOf(type).map((key) => ({
    name: `drop ${key}`,
    rule: 'required',
    apply: (o) => (key in o ? without(o, key) : undefined),
  }));
  m.push(
    {
      name: 'created month 13',
      rule: 'timestamp',
      apply: (o) => ('created' in o ? { ...o, created: '2016-13-01T00:00:00.000Z' } : undefined),
    },
    {
      name: 'created 30 February',
      rule: 'timestamp',
      apply: (o) => ('created' in o ? { ...o, created: '2016-02-30T00:00:00.000Z' } : undefined),
    },
    {
      name: 'created without milliseconds',
      rule: 'timestamp',
      apply: (o) => ('created' in o ? { ...o, created: '2016-01-01T00:00:00Z' } : undefined),
    },
    {
      name: 'created with offset instead of Z',
      rule: 'timestamp',
      apply: (o) =>
        'created' in o ? { ...o, created: '2016-01-01T00:00:00.000+01:00' } : undefined,
    },
    {
      name: 'modified before created',
      rule: 'modified-before-created',
      apply: (o) =>
        'modified' in o
          ? { ...o, created: '2020-01-01T00:00:00.001Z', modified: '2020-01-01T00:00:00.000Z' }
          : undefined,
    },
    {
      name: 'wrong id prefix',
      rule: 'id-prefix',
      apply: (o) => ({ ...o, id: `${type === 'campaign' ? 'tool' : 'campaign'}--${UUID}` }),
    },
    {
      name: 'id not a UUID',
      rule: 'identifier',
      apply: (o) => ({ ...o, id: `${type}--not-a-uuid` }),
    },
    {
      name: 'created_by_ref to a malware',
      rule: 'reference-type',
      apply: (o) =>
        getDefinition(type)?.kind !== 'sco'
          ? { ...o, created_by_ref: `malware--${UUID}` }
          : undefined,
    },
    {
      name: 'object_marking_refs to an identity',
      rule: 'reference-type',
      apply: (o) => ({ ...o, object_marking_refs: [`identity--${UUID}`] }),
    },
    {
      name: 'granular selector that does not resolve',
      rule: 'granular-selector',
      apply: (o) => ({
        ...o,
        granular_markings: [
          { selectors: ['no_such_property'], marking_ref: `marking-definition--${UUID}` },
        ],
      }),
    },
    {
      name: 'empty labels list',
      rule: 'empty-list',
      apply: (o) =>
        getDefinition(type)?.kind !== 'sco' && type !== 'marking-definition'
          ? { ...o, labels: [] }
          : undefined,
    },
    {
      name: 'custom property with uppercase name',
      rule: 'custom-property-name',
      apply: (o) => ({ ...o, Bad_Name: 1 }),
    },
    {
      name: 'reserved property severity',
      rule: 'reserved-property',
      apply: (o) => ({ ...o, severity: 'high' }),
    },
  );
  if (type === 'relationship') {
    m.push({
      name: 'source_ref to a marking definition',
      rule: 'reference-type',
      apply: (o) => ({ ...o, source_ref: `marking-definition--${UUID}` }),
    });
  }
  if (type === 'sighting') {
    m.push({
      name: 'where_sighted_refs to a malware',
      rule: 'reference-type',
      apply: (o) => ({ ...o, where_sighted_refs: [`malware--${UUID}`] }),
    });
  }
  if (type === 'indicator') {
    m.push({
      name: 'stix pattern with a syntax error',
      rule: 'pattern',
      apply: (o) => ({ ...o, pattern: "[file:name = 'x'" }),
    });
    m.push({
      name: 'valid_until before valid_from',
      rule: 'time-order',
      apply: (o) => ({
        ...o,
        valid_from: '2020-01-02T00:00:00Z',
        valid_until: '2020-01-01T00:00:00Z',
      }),
    });
  }
  if (type === 'marking-definition') {
    m.push({
      name: 'marks itself',
      rule: 'circular-marking',
      apply: (o) => ({ ...o, object_marking_refs: [o.id] }),
    });
  }
  return m;
}

/**
 * Mutations the official schemas accept, because JSON Schema cannot express the rule (schemas
 * README: "Some of the checks the schemas do not contain"). Ours must reject them all.
 */
const SCHEMA_BLIND = new Set([
  'modified before created', // README: modified ≥ created
  'created 30 February', // calendar validity beyond the pattern
  'created_by_ref to a malware', // reference target types
  'object_marking_refs to an identity', // the schemas check identifier syntax only
  'granular selector that does not resolve', // README: selectors must refer to present content
  'stix pattern with a syntax error', // patterns are strings to the schema
  'valid_until before valid_from',
]);

describe('mutations of every example object', () => {
  it('are all rejected by ours, and by ajv unless the rule is schema-blind', () => {
    let count = 0;
    const ajvMissed = new Map<string, number>();
    for (const { file, object } of objects) {
      for (const mutation of mutationsFor(object)) {
        const mutated = mutation.apply(object);
        if (mutated === undefined) continue;
        count++;
        const found = errors(mutated);
        assert.ok(
          found.some((f) => f.startsWith(mutation.rule)),
          `${file} ${String(object.id)}: '${mutation.name}' not rejected with ${mutation.rule} (got ${found.join(', ') || 'nothing'})`,
        );
        if (oasis.validate(mutated).valid)
          ajvMissed.set(mutation.name, (ajvMissed.get(mutation.name) ?? 0) + 1);
      }
    }
    assert.ok(count > 1000, `only ${count} mutations`);
    const undocumented = [...ajvMissed.keys()].filter((name) => !SCHEMA_BLIND.has(name));
    assert.deepEqual(
      undocumented,
      [],
      'ajv accepted mutations that are not documented as schema-blind',
    );
    const stale = [...SCHEMA_BLIND].filter((name) => !ajvMissed.has(name));
    assert.deepEqual(stale, [], 'SCHEMA_BLIND lists rules the schemas do check');
  });
});
