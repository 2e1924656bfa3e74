/**
 * @module rest/routes/tools
 * The CLI's remaining jobs over HTTP: import of assessment rows (administrators; all-or-
 * nothing, every bad row and field named), standards crosswalk lookup, STIX validation of a
 * bundle or object, and STIX pattern checking with a plain-language explanation.
 */
import { addSource, importAssessments, listSources } from '@coopsec/app';
import { crosswalkLookup } from '@coopsec/model';
import {
  checkPattern,
  explainPattern,
  parsePattern,
  stixPatternHook,
  validateDocument,
} from '@coopsec/stix';
import type { Store } from '@coopsec/store';
import type { FastifyInstance } from 'fastify';
import { created, doc } from '../route-doc.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminOnly } from '../auth.ts';
import { sourceAnswer, sourcesAnswer } from '../schemas/answers/assess.ts';
import {
  crosswalkQuery,
  importBody,
  sourceBody,
  stixPatternBody,
  stixValidateBody,
} from '../schemas/tools.ts';

export function toolRoutes(base: FastifyInstance, store: Store): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const admin = { preValidation: adminOnly };
  app.post(
    '/assessments',
    {
      ...admin,
      schema: {
        ...doc(
          'assess',
          'Import assessment rows, all or nothing; refused rows are named by row and field (administrators)',
        ),
        response: created,
        body: importBody,
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result = await importAssessments(store, {
        rows: body.rows,
        ...(body.sources === undefined ? {} : { sources: body.sources }),
        replace: body.replace === true,
      });
      return reply.code(201).send({
        written: result.imported,
        countries: result.countries,
        sourcesAdded: result.sourcesAdded,
      });
    },
  );

  app.get(
    '/sources',
    {
      schema: {
        ...doc('assess', 'Sources that assessment rows may cite (bundled and the users’ own)'),
        response: { 200: sourcesAnswer },
      },
    },
    async () => ({ sources: await listSources(store) }),
  );

  app.post(
    '/sources',
    {
      ...admin,
      schema: {
        ...doc(
          'assess',
          'Add your own source; every field is checked and named when wrong (administrators)',
        ),
        response: { 201: sourceAnswer },
        body: sourceBody,
      },
    },
    async (request, reply) => {
      const { replace, ...fields } = request.body;
      return reply.code(201).send(await addSource(store, fields, { replace: replace === true }));
    },
  );

  app.get(
    '/crosswalk',
    {
      schema: {
        ...doc(
          'standards',
          'Crosswalk links of one element between frameworks (NIST OLIR relationships)',
        ),
        querystring: crosswalkQuery,
      },
    },
    (request) => {
      const { from, to, id, expand } = request.query;
      return {
        from,
        to,
        id,
        links: crosswalkLookup({
          from,
          to,
          id,
          expand: expand === 'true',
        }),
      };
    },
  );

  app.post(
    '/stix/validate',
    {
      schema: {
        ...doc(
          'stix',
          'Validate a STIX 2.1 bundle, object or array (MUST rules as errors, SHOULD rules as warnings)',
        ),
        body: stixValidateBody,
      },
    },
    (request) => {
      const body = request.body;
      return validateDocument(body.document, {
        validatePatternHook: stixPatternHook,
        strict: body.strict === true,
      });
    },
  );

  app.post(
    '/stix/pattern',
    {
      schema: {
        ...doc('stix', 'Check a STIX pattern (STIX 2.1 §9) and explain it in words'),
        body: stixPatternBody,
      },
    },
    (request) => {
      const { pattern } = request.body;
      const issues = checkPattern(pattern);
      let explanation: string | null = null;
      try {
        explanation = explainPattern(parsePattern(pattern).ast);
      } catch {
        explanation = null; // the syntax error is among the issues
      }
      return { valid: issues.length === 0, issues, explanation };
    },
  );
}
