/**
 * @module stream/validate-stream
 * Validates a bundle (or a single object, or a top-level array) arriving as chunks, one object
 * at a time, in bounded memory: the splitter keeps one object, the `BundleChecker` a 53-bit
 * hash per object. Malformed JSON ends validation with a `json-syntax` finding.
 */
import { BundleChecker, checkBundleEnvelope } from '../validate/bundle.ts';
import { checkLoneObjectMarkings } from '../validate/marking-rules.ts';
import { checkObject } from '../validate/object.ts';
import {
  isValid,
  type Finding,
  type ValidateOptions,
  type ValidationResult,
} from '../validate/findings.ts';
import { decodeChunks, type ChunkSource } from './io.ts';
import { JsonDocumentSplitter, JsonStreamError } from './splitter.ts';

export interface StreamValidationResult extends ValidationResult {
  /** Objects validated. */
  readonly objectCount: number;
  /** `bundle`, `object` or `array`. */
  readonly kind: 'bundle' | 'object' | 'array' | 'unknown';
}

export interface StreamValidateOptions extends ValidateOptions {
  /** Stop collecting findings after this many (validation still runs to the end). Default 10 000. */
  readonly maxFindings?: number;
}

/**
 * @example
 * const result = await validateBundleStream(fs.createReadStream('big.json'));
 */
export async function validateBundleStream(
  source: ChunkSource,
  options: StreamValidateOptions = {},
): Promise<StreamValidationResult> {
  const splitter = new JsonDocumentSplitter();
  const checker = new BundleChecker(options);
  const max = options.maxFindings ?? 10_000;
  let truncated = false;
  const cap = (): void => {
    const f = checker.ctx.findings;
    if (f.length > max) {
      // valid depends on whether any error was seen, so count errors before dropping findings
      truncated = true;
      checker.noteErrors();
      f.length = max;
    }
  };
  try {
    for await (const text of decodeChunks(source)) {
      for (const object of splitter.push(text)) checker.add(object);
      cap();
    }
    for (const object of splitter.end()) checker.add(object);
  } catch (error) {
    // Only malformed input becomes a finding (TextDecoder signals bad UTF-8 with a TypeError);
    // I/O errors of the source belong to the caller.
    if (!(error instanceof JsonStreamError || error instanceof TypeError)) throw error;
    const message = error.message;
    const findings: Finding[] = [
      ...checker.ctx.findings,
      { ruleId: 'json-syntax', severity: 'error', path: '$', message },
    ];
    return { valid: false, findings, objectCount: checker.objectCount, kind: 'unknown' };
  }
  const envelope = splitter.envelope;
  let kind: StreamValidationResult['kind'] = splitter.shape === 'array' ? 'array' : 'bundle';
  if (splitter.shape === 'object') {
    if (envelope.type === 'bundle' || splitter.sawObjectsArray)
      checkBundleEnvelope(envelope, checker.ctx);
    else {
      kind = 'object';
      checkObject(envelope, checker.ctx, '$');
      checkLoneObjectMarkings(envelope, checker.ctx, '$');
    }
  }
  const findings = checker.finish();
  cap();
  if (truncated)
    findings.push({
      ruleId: 'findings-truncated',
      severity: 'warning',
      path: '$',
      message: `only the first ${max} findings are listed`,
    });
  const valid =
    isValid(
      findings.filter((f) => f.ruleId !== 'findings-truncated'),
      options.strict,
    ) && !(truncated && checker.errorSeen);
  return { valid, findings, objectCount: kind === 'object' ? 1 : checker.objectCount, kind };
}
