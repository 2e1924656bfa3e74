/**
 * Oracle test against the labelled corpus of the OASIS reference validator (564 cases,
 * /work/shared/data/stix-validator-corpus). For every case our MUST-only verdict should equal
 * `valid_nonstrict`; with SHOULD rules promoted to errors (strict) it should equal `valid`
 * under the case's options. Every deliberate difference is listed below with its reason; a
 * disagreement not explained by the list fails the test.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CORPUS_FILE } from '../test-support/oasis.ts';
import { stixPatternHook, validateDocument, type Finding, type ValidateOptions } from '../index.ts';
import { isValid } from './findings.ts';

interface Case {
  readonly index: number;
  readonly case: string;
  readonly input: unknown;
  readonly strict: boolean;
  readonly disabled: string[];
  readonly enabled: string[];
  readonly enforce_refs: boolean;
  readonly interop: boolean;
  readonly valid: boolean;
  readonly valid_nonstrict: boolean;
}

const list = (x: unknown): string[] =>
  Array.isArray(x) ? x.map(String) : typeof x === 'string' && x !== '' ? x.split(',') : [];
const cases: Case[] = readFileSync(CORPUS_FILE, 'utf8')
  .trim()
  .split('\n')
  .map((line, index) => {
    const raw = JSON.parse(line) as Record<string, unknown>;
    let input = raw.input;
    if (typeof input === 'string') {
      try {
        input = JSON.parse(input);
      } catch {
        /* left as a string: not a JSON document */
      }
    }
    return {
      ...(raw as unknown as Case),
      index,
      input,
      disabled: list(raw.disabled),
      enabled: list(raw.enabled),
    };
  });

/**
 * Option-level difference: our `sco-deterministic-id` SHOULD rule recomputes SCO UUIDv5 ids
 * (STIX 2.1 §2.9). The reference validator only checks the UUID version, and the corpus reuses
 * one v5 id for many different files, so the rule is off for the strict comparison.
 */
const ORACLE_DISABLED = ['sco-deterministic-id'];

/** Findings we report on purpose where the reference validator does not (ours is stricter). */
const STRICTER: readonly { id: string; reason: string; finding: (f: Finding) => boolean }[] = [
  {
    id: 'created-by-ref-type',
    reason:
      'STIX 2.1 §3.2: created_by_ref is the id of an identity. Many corpus fixtures use "source--…"; the reference checks identifier syntax only.',
    finding: (f) => f.ruleId === 'reference-type' && f.path.endsWith('.created_by_ref'),
  },
  {
    id: 'sco-ref-uuid',
    reason:
      'STIX 2.1 §2.9: references are <type>--<RFC 4122 UUID>. The network-traffic fixtures reference "ipv4-addr--e42c19c8-f9fe-5ae9-9fc8-22c398f78fb" (11 hex digits in the last group); the reference treats SCO refs as plain strings.',
    finding: (f) => f.ruleId === 'identifier' && /_refs?(\[\d+\])?$/.test(f.path),
  },
  {
    id: 'property-name-charset',
    reason:
      'STIX 2.1 §3.1/§11.1: property names are 3–250 characters of a–z, 0–9 and _. The schema regex the reference relies on is unanchored at the end, so it accepts "my_new_property!" and a 253-character name.',
    finding: (f) => f.ruleId === 'custom-property-name',
  },
  {
    id: 'marking-unresolved',
    reason:
      'STIX 2.1 §7.2.2: a marking whose definition cannot be found cannot be applied, so the object travels as if unmarked (a SHOULD-level warning here). The reference validator does not resolve marking references; the fixture marks with an id defined nowhere in it.',
    finding: (f) => f.ruleId === 'marking-unresolved',
  },
];

/** Cases whose label depends on something we do not model; each with its reason. */
const CASE_LEVEL: readonly { id: string; reason: string; applies: (c: Case) => boolean }[] = [
  {
    id: 'additional-schemas',
    reason:
      'The reference ran these with user-supplied extra JSON schemas (--schema-dir), an option we do not offer.',
    applies: (c) => c.case.startsWith('test_additional_schema'),
  },
  {
    id: 'interop-profile',
    reason:
      'The reference ran these with its --interop profile (created_by_ref required, no duplicate markings), which we do not implement.',
    applies: (c) => c.interop,
  },
  {
    id: 'cli-version-option',
    reason:
      'Command-line tests whose verdict depends on an unrecorded --version flag: identical inputs carry opposite labels, and several are STIX 2.0 content (spec_version "2.0" or none), which this 2.1 validator does not accept.',
    applies: (c) =>
      [
        'test_all',
        'test_bundle',
        'test_bundle_and_object',
        'test_cmd',
        'test_cmd_and_bundle',
        'test_cmd_and_obj',
        'test_none',
        'test_object',
      ].includes(c.case),
  },
  {
    id: 'prefix-on-extension-defined-type',
    reason:
      'STIX 2.1 §7.3: a type defined by a new-sdo extension needs no x- prefix. The reference flags "x-corporation" (custom-prefix) but not "my-favorite-sdo" for the same construct; we follow the spec and agree with the latter.',
    applies: (c) => c.case === 'test_invalid_type_name_lax',
  },
  {
    id: 'sco-custom-property-unrecorded-option',
    reason:
      'An x_-prefixed custom property on a file with extensions-use disabled: labelled valid in #354 and invalid in these two; the reference test functions pass an option (strict properties) that the corpus does not record. We follow #354.',
    applies: (c) =>
      [
        'test_observable_object_custom_properties_strict',
        'test_observable_object_custom_property_with_extension',
      ].includes(c.case) && c.disabled.includes('extensions-use'),
  },
];

/** Same input and options, opposite labels: options the corpus did not record (e.g. --strict-properties). */
function contradictory(key: (c: Case) => string, label: (c: Case) => boolean): Set<number> {
  const groups = new Map<string, Set<boolean>>();
  for (const c of cases) {
    const k = key(c);
    const labels = groups.get(k) ?? new Set<boolean>();
    labels.add(label(c));
    groups.set(k, labels);
  }
  return new Set(cases.filter((c) => (groups.get(key(c))?.size ?? 0) > 1).map((c) => c.index));
}

const mustKey = (c: Case): string => JSON.stringify([c.input, c.enforce_refs, c.interop]);
const strictKey = (c: Case): string =>
  JSON.stringify([c.input, c.strict, c.disabled, c.enabled, c.enforce_refs, c.interop]);

function run(c: Case, strict: boolean): Finding[] {
  const options: ValidateOptions = strict
    ? {
        strict: true,
        disabled: [...c.disabled, ...ORACLE_DISABLED],
        enabled: c.enabled,
        enforceRefs: c.enforce_refs,
        validatePatternHook: stixPatternHook,
      }
    : { mustOnly: true, enforceRefs: c.enforce_refs, validatePatternHook: stixPatternHook };
  return validateDocument(c.input, options).findings;
}

interface Tally {
  agree: number;
  explained: Map<string, number>;
  contradictory: number;
  unexplained: string[];
}

function compare(strict: boolean): Tally {
  const tally: Tally = { agree: 0, explained: new Map(), contradictory: 0, unexplained: [] };
  const contra = strict
    ? contradictory(strictKey, (c) => c.valid)
    : contradictory(mustKey, (c) => c.valid_nonstrict);
  for (const c of cases) {
    if (strict && !c.strict) continue; // no SHOULD promotion asked: covered by the MUST comparison
    const expected = strict ? c.valid : c.valid_nonstrict;
    const findings = run(c, strict);
    if (isValid(findings, strict) === expected) {
      tally.agree++;
      continue;
    }
    if (contra.has(c.index)) {
      tally.contradictory++;
      continue;
    }
    const byCase = CASE_LEVEL.find((d) => d.applies(c));
    const stricter = STRICTER.filter((d) => findings.some(d.finding));
    const rest = findings.filter((f) => !stricter.some((d) => d.finding(f)));
    const id =
      byCase?.id ??
      (stricter.length > 0 && isValid(rest, strict) === expected
        ? stricter.map((d) => d.id).join('+')
        : undefined);
    if (id !== undefined) tally.explained.set(id, (tally.explained.get(id) ?? 0) + 1);
    else
      tally.unexplained.push(
        `#${c.index} ${c.case}: ours ${!expected}, reference ${expected}; ${findings.map((f) => `${f.ruleId}@${f.path}`).join(', ')}`,
      );
  }
  return tally;
}

const report = (name: string, t: Tally, total: number): string =>
  `${name}: agree ${t.agree}/${total}, documented differences ${[...t.explained].map(([k, n]) => `${k} ${n}`).join(', ')}, contradictory labels ${t.contradictory}`;

describe('reference-validator corpus', () => {
  it('has the 564 labelled cases', () => {
    assert.equal(cases.length, 564);
  });
  it('MUST-only verdicts equal valid_nonstrict, or differ for a documented reason', (t) => {
    const tally = compare(false);
    t.diagnostic(report('MUST', tally, cases.length));
    assert.deepEqual(tally.unexplained, []);
    assert.ok(tally.agree >= 480, report('MUST', tally, cases.length));
  });
  it('strict verdicts (SHOULD as errors) equal valid, or differ for a documented reason', (t) => {
    const tally = compare(true);
    const total = cases.filter((c) => c.strict).length;
    t.diagnostic(report('STRICT', tally, total));
    assert.deepEqual(tally.unexplained, []);
    assert.ok(tally.agree >= 440, report('STRICT', tally, total));
  });
});
