/**
 * @module validate
 * CSAF 2.0 conformance by @secvisogram/csaf-validator-lib (BSI's validator, MIT): the CSAF JSON
 * schema with the FIRST CVSS schemas it references (§9.1.14 "CSAF content management system"
 * conformance starts there) and the mandatory tests of §6.1 (e.g. 6.1.1: every product id used
 * is defined). A document that fails is refused with each problem's JSON path and reason.
 */
// The ambient types of the validator library, for every program that reaches this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration cannot be imported
/// <reference path="./csaf-validator-lib.d.ts" />
import { CoopsecError } from '@coopsec/model';
import * as mandatoryTests from '@secvisogram/csaf-validator-lib/mandatoryTests.js';
import { csaf_2_0 } from '@secvisogram/csaf-validator-lib/schemaTests.js';

export interface CsafProblem {
  /** JSON pointer into the document, e.g. `/document/tracking/status`. */
  readonly field: string;
  readonly message: string;
  /** `schema` or the mandatory test's section, e.g. `6.1.1`. */
  readonly test: string;
}

/** Every problem the schema and the mandatory tests find; empty when the document conforms. */
export function csafProblems(doc: unknown): CsafProblem[] {
  const schema = csaf_2_0(doc);
  const problems: CsafProblem[] = (schema.errors ?? []).map((e) => ({
    field: e.instancePath === '' ? '/' : e.instancePath,
    message: e.message ?? 'does not match the CSAF 2.0 schema',
    test: 'schema',
  }));
  // The mandatory tests assume a schema-valid document.
  if (problems.length > 0) return problems;
  for (const [name, test] of Object.entries(mandatoryTests)) {
    if (typeof test !== 'function') continue;
    const section = name.replace(/^mandatoryTest_/, '').replace(/_/g, '.');
    for (const e of test(doc).errors ?? [])
      problems.push({
        field: e.instancePath === '' ? '/' : e.instancePath,
        message: e.message ?? 'fails a mandatory test',
        test: section,
      });
  }
  return problems;
}

/** Throws BAD_INPUT naming every problem's path and reason unless `doc` is conforming CSAF 2.0. */
export function assertCsaf(doc: unknown): void {
  const problems = csafProblems(doc);
  if (problems.length === 0) return;
  const first = problems[0];
  throw new CoopsecError(
    'BAD_INPUT',
    `not a valid CSAF 2.0 document: ${first?.field} ${first?.message}` +
      (problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''),
    {
      details: problems.map((p) => ({
        field: p.field,
        message: p.test === 'schema' ? p.message : `${p.message} (CSAF 2.0 §${p.test})`,
      })),
    },
  );
}
