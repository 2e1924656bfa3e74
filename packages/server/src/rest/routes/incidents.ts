/**
 * @module rest/routes/incidents
 * Joint incident cases (issue 17), as the caller's organisation sees them; the same use cases
 * as `coopsec incident …`, so the answers are the same documents:
 * - `GET /api/incidents`: the cases the organisation takes part in;
 * - `POST /api/incidents` `{title, description?, rsitClass, rsitType, severity, tlp, pap,
 *   participants?: [{organisation, role}]}`: open a case (the caller's organisation leads);
 * - `GET /api/incidents/:id`, `GET /api/incidents/:id/export` (a STIX 2.1 bundle),
 *   `GET /api/incidents/:id/report?format=html|pdf&lang=` (the case report);
 * - `POST /api/incidents/:id/phase` `{phase, summary?}`, `…/tasks` `{title, owner, due?}`,
 *   `…/tasks/:task/status` `{status}`, `…/comments` `{text}`, `…/events` `{kind, summary, at?}`,
 *   `…/links` `{refs: [...]}`, `…/participants` `{organisation, role}`.
 * A case the organisation is not on answers 404, like a case that does not exist (the use
 * cases decide that; this file only maps HTTP to them). Bodies are checked for shape by the
 * zod schemas in schemas/incidents.ts, values by the domain.
 */
import {
  addIncidentComment,
  addIncidentEvent,
  addIncidentParticipant,
  addIncidentTask,
  buildIncidentReport,
  changeIncidentPhase,
  exportIncident,
  linkIncidentObjects,
  listIncidents,
  openIncident,
  setIncidentTaskStatus,
  showIncident,
  type IncidentActor,
  type CaseReportRenderer,
} from '@coopsec/app';
import { CoopsecError } from '@coopsec/model';
import type { Store } from '@coopsec/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { doc } from '../route-doc.ts';
import { incidentAnswer, incidentsAnswer } from '../schemas/answers.ts';
import { caseReportQuery } from '../schemas/report.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../auth.ts';
import {
  commentBody,
  eventBody,
  incidentParam,
  incidentTaskParam,
  linksBody,
  openIncidentBody,
  participantBody,
  phaseBody,
  taskBody,
  taskStatusBody,
} from '../schemas/incidents.ts';

const who = (request: FastifyRequest): IncidentActor => {
  const p = principalOf(request);
  return { orgId: p.orgId, userId: p.userId };
};

/**
 * The domain names the classification by its STIX properties (`rsit_class`, `rsit_type` of the
 * case extension); this API's body calls them `rsitClass`, `rsitType`, so an error names the
 * field the caller sent.
 */
const BODY_FIELD: Readonly<Record<string, string>> = {
  rsit_class: 'rsitClass',
  rsit_type: 'rsitType',
};

function inBodyTerms(error: unknown): unknown {
  if (
    !(error instanceof CoopsecError) ||
    !error.details.some((d) => d.field && BODY_FIELD[d.field])
  )
    return error;
  const details = error.details.map((d) =>
    d.field !== undefined && BODY_FIELD[d.field] !== undefined
      ? { ...d, field: BODY_FIELD[d.field] }
      : d,
  );
  return new CoopsecError(error.code, error.message, { details, cause: error });
}

/** `{a: undefined}` → `{}`: the use cases take optional fields as absent, not undefined. */
function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function incidentRoutes(
  base: FastifyInstance,
  store: Store,
  reports: CaseReportRenderer,
): void {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/incidents',
    {
      schema: {
        ...doc('stix', 'The incident cases the caller organisation takes part in'),
        response: { 200: incidentsAnswer },
      },
    },
    async (request) => listIncidents(store, who(request)),
  );
  app.post(
    '/incidents',
    {
      schema: {
        ...doc('stix', 'Open a joint incident case; the caller organisation leads it'),
        response: { 201: incidentAnswer },
        body: openIncidentBody,
      },
    },
    async (request, reply) => {
      const b = request.body;
      const c = await openIncident(
        store,
        defined({
          title: b.title,
          description: b.description,
          rsitClass: b.rsitClass,
          rsitType: b.rsitType,
          severity: b.severity,
          tlp: b.tlp,
          pap: b.pap,
          participants: b.participants ?? [],
        }),
        who(request),
      ).catch((e: unknown) => {
        throw inBodyTerms(e);
      });
      return reply.code(201).send(c);
    },
  );
  app.get(
    '/incidents/:id',
    {
      schema: {
        ...doc('stix', 'One case: participants, timeline, tasks, comments, response times'),
        params: incidentParam,
        response: { 200: incidentAnswer },
      },
    },
    async (request) => showIncident(store, { id: request.params.id }, who(request)),
  );
  // A bundle, not a case: no response schema may strip its STIX properties (STACK.md trap 5).
  app.get(
    '/incidents/:id/export',
    {
      schema: { ...doc('stix', 'The case as a validated STIX 2.1 bundle'), params: incidentParam },
    },
    async (request) => exportIncident(store, { id: request.params.id }, who(request)),
  );
  // The case report: HTML, or PDF with the case's TLP label on every page; same 404 as above.
  app.get(
    '/incidents/:id/report',
    {
      schema: {
        ...doc('stix', 'The case report as a self-contained HTML file or as PDF (?lang=en|ru)', {
          produces: ['text/html', 'application/pdf'],
        }),
        params: incidentParam,
        querystring: caseReportQuery,
      },
    },
    async (request, reply) => {
      const { format = 'html', lang } = request.query;
      const acceptLanguage = request.headers['accept-language'];
      const report = await buildIncidentReport(
        store,
        {
          id: request.params.id,
          format,
          ...(lang === undefined ? {} : { lang }),
          ...(acceptLanguage === undefined ? {} : { acceptLanguage }),
        },
        who(request),
        reports,
      );
      void reply.header('content-language', report.lang).header('vary', 'Accept-Language');
      const [type, extension, body] =
        report.pdf !== undefined
          ? ['application/pdf', 'pdf', report.pdf]
          : ['text/html; charset=utf-8', 'html', report.html];
      return reply
        .type(type)
        .header('content-disposition', `attachment; filename="${report.fileName}.${extension}"`)
        .send(body);
    },
  );
  app.post(
    '/incidents/:id/phase',
    {
      schema: {
        ...doc('stix', 'Move the case to another phase {phase, summary?}'),
        params: incidentParam,
        body: phaseBody,
        response: { 200: incidentAnswer },
      },
    },
    async (request) =>
      changeIncidentPhase(store, defined({ id: request.params.id, ...request.body }), who(request)),
  );
  app.post(
    '/incidents/:id/tasks',
    {
      schema: {
        ...doc('stix', 'Add a task {title, owner, due?}'),
        params: incidentParam,
        body: taskBody,
        response: { 200: incidentAnswer },
      },
    },
    async (request) =>
      addIncidentTask(store, defined({ id: request.params.id, ...request.body }), who(request)),
  );
  app.post(
    '/incidents/:id/tasks/:task/status',
    {
      schema: {
        ...doc('stix', 'Set a task status {status}'),
        params: incidentTaskParam,
        body: taskStatusBody,
        response: { 200: incidentAnswer },
      },
    },
    async (request) =>
      setIncidentTaskStatus(
        store,
        { id: request.params.id, task: request.params.task, status: request.body.status },
        who(request),
      ),
  );
  app.post(
    '/incidents/:id/comments',
    {
      schema: {
        ...doc('stix', 'Comment on the case {text}'),
        params: incidentParam,
        body: commentBody,
        response: { 200: incidentAnswer },
      },
    },
    async (request) =>
      addIncidentComment(store, { id: request.params.id, text: request.body.text }, who(request)),
  );
  app.post(
    '/incidents/:id/events',
    {
      schema: {
        ...doc('stix', 'Add a timeline event {kind, summary, at?}'),
        params: incidentParam,
        body: eventBody,
        response: { 200: incidentAnswer },
      },
    },
    async (request) =>
      addIncidentEvent(store, defined({ id: request.params.id, ...request.body }), who(request)),
  );
  app.post(
    '/incidents/:id/links',
    {
      schema: {
        ...doc('stix', 'Link STIX objects {refs}'),
        params: incidentParam,
        body: linksBody,
        response: { 200: incidentAnswer },
      },
    },
    async (request) =>
      linkIncidentObjects(store, { id: request.params.id, refs: request.body.refs }, who(request)),
  );
  app.post(
    '/incidents/:id/participants',
    {
      schema: {
        ...doc('stix', 'Invite an organisation {organisation, role} (lead only)'),
        params: incidentParam,
        body: participantBody,
        response: { 200: incidentAnswer },
      },
    },
    async (request) =>
      addIncidentParticipant(store, { id: request.params.id, ...request.body }, who(request)),
  );
}
