/**
 * @module rest/routes/tools
 * The CLI's remaining jobs over HTTP: import of assessment rows (administrators; all-or-
 * nothing, every bad row and field named), standards crosswalk lookup, STIX validation of a
 * bundle or object, and STIX pattern checking with a plain-language explanation.
 */
import { addSource, importAssessments, listSources } from '@coopsec/app';
import { CoopsecError, crosswalkLookup, FRAMEWORK_IDS, type FrameworkId } from '@coopsec/model';
import {
  checkPattern,
  explainPattern,
  parsePattern,
  stixPatternHook,
  validateDocument,
} from '@coopsec/stix';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { requireAdmin } from '../auth.ts';
import { asRecord, FieldErrors, optionalString, requiredString } from '../params.ts';

const FRAMEWORK = {
  pattern: new RegExp(`^(${FRAMEWORK_IDS.join('|').replace(/\./g, '\\.')})$`),
  hint: `must be one of ${FRAMEWORK_IDS.join(', ')}`,
};

export function toolRoutes(app: FastifyInstance, store: Store): void {
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
    if (body.sources !== undefined && !Array.isArray(body.sources))
      throw new CoopsecError('BAD_INPUT', 'sources must be an array of sources', {
        details: [{ field: 'sources', message: 'must be an array' }],
      });
    const result = await importAssessments(store, {
      rows: body.rows as unknown[],
      ...(body.sources === undefined ? {} : { sources: body.sources as unknown[] }),
      replace: body.replace === true,
    });
    return reply.code(201).send({
      written: result.imported,
      countries: result.countries,
      sourcesAdded: result.sourcesAdded,
    });
  });

  app.get('/sources', async () => ({ sources: await listSources(store) }));

  app.post('/sources', async (request, reply) => {
    requireAdmin(request);
    const { replace, ...fields } = asRecord(request.body);
    if (replace !== undefined && typeof replace !== 'boolean')
      throw new CoopsecError('BAD_INPUT', 'replace must be true or false', {
        details: [{ field: 'replace', message: 'must be true or false' }],
      });
    return reply.code(201).send(await addSource(store, fields, { replace: replace === true }));
  });

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
