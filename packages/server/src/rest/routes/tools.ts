/**
 * @module rest/routes/tools
 * The CLI's remaining jobs over HTTP: import of assessment rows (administrators; all-or-
 * nothing, every bad row and field named), standards crosswalk lookup, STIX validation of a
 * bundle or object, and STIX pattern checking with a plain-language explanation.
 */
import {
  CoopsecError,
  crosswalkLookup,
  FRAMEWORK_IDS,
  validateAssessmentRows,
  type FrameworkId,
} from '@coopsec/model';
import {
  checkPattern,
  explainPattern,
  parsePattern,
  stixPatternHook,
  validateDocument,
} from '@coopsec/stix';
import { AssessmentRepository, type Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { requireAdmin } from '../auth.ts';
import { asRecord, FieldErrors, optionalString, requiredString } from '../params.ts';

const FRAMEWORK = {
  pattern: new RegExp(`^(${FRAMEWORK_IDS.join('|').replace(/\./g, '\\.')})$`),
  hint: `must be one of ${FRAMEWORK_IDS.join(', ')}`,
};

export function toolRoutes(app: FastifyInstance, store: Store): void {
  const assessments = new AssessmentRepository(store);

  app.post('/assessments', async (request, reply) => {
    requireAdmin(request);
    const body = asRecord(request.body);
    if (!Array.isArray(body.rows))
      throw new CoopsecError('BAD_INPUT', 'rows: an array of assessment rows is required', {
        details: [{ field: 'rows', message: 'an array is required' }],
      });
    if (body.replace !== undefined && typeof body.replace !== 'boolean')
      throw new CoopsecError('BAD_INPUT', 'replace must be true or false', {
        details: [{ field: 'replace', message: 'must be true or false' }],
      });
    const rows = validateAssessmentRows(body.rows as unknown[], {
      sources: await assessments.listSources(),
    });
    const { written } = await assessments.insertAssessments(rows, {
      replace: body.replace === true,
    });
    return reply.code(201).send({ written, countries: [...new Set(rows.map((r) => r.country))] });
  });

  app.get('/sources', async () => ({ sources: await assessments.listSources() }));

  app.get('/crosswalk', (request) => {
    const errors = new FieldErrors();
    const q = asRecord(request.query);
    const from = requiredString(errors, q, 'from', FRAMEWORK);
    const to = requiredString(errors, q, 'to', FRAMEWORK);
    const id = requiredString(errors, q, 'id', { max: 64 });
    const expand = optionalString(errors, q, 'expand', {
      pattern: /^(true|false)$/,
      hint: 'must be true or false',
    });
    errors.throwIfAny();
    return {
      from,
      to,
      id,
      links: crosswalkLookup({
        from: from as FrameworkId,
        to: to as FrameworkId,
        id,
        expand: expand === 'true',
      }),
    };
  });

  app.post('/stix/validate', (request) => {
    const body = asRecord(request.body);
    if (body.document === undefined)
      throw new CoopsecError(
        'BAD_INPUT',
        'document: a STIX bundle, object or array of objects is required',
        { details: [{ field: 'document', message: 'required' }] },
      );
    if (body.strict !== undefined && typeof body.strict !== 'boolean')
      throw new CoopsecError('BAD_INPUT', 'strict must be true or false', {
        details: [{ field: 'strict', message: 'must be true or false' }],
      });
    return validateDocument(body.document, {
      validatePatternHook: stixPatternHook,
      strict: body.strict === true,
    });
  });

  app.post('/stix/pattern', (request) => {
    const errors = new FieldErrors();
    const pattern = requiredString(errors, asRecord(request.body), 'pattern', { max: 100_000 });
    errors.throwIfAny();
    const issues = checkPattern(pattern);
    let explanation: string | null = null;
    try {
      explanation = explainPattern(parsePattern(pattern).ast);
    } catch {
      explanation = null; // the syntax error is among the issues
    }
    return { valid: issues.length === 0, issues, explanation };
  });
}
