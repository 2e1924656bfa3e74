/**
 * @module from-stix
 * A case read back from its STIX objects (the inverse of to-stix.ts), e.g. a partner's version
 * arriving over TAXII. Everything is checked with the same rules as the domain operations; a
 * wrong object is refused with BAD_INPUT naming the object and property, nothing half-read.
 */
import type { ErrorDetail } from '@coopsec/model';
import { TLP_LEVELS, TLP2_IDS as TLP_IDS_OF, type TlpLevel } from '@coopsec/stix';
import { isTimestamp } from './case.ts';
import { rsitProblems, type RsitClass } from './classification.ts';
import { refuse } from './errors.ts';
import { CASE_EXTENSION_ID, INCIDENT_CORE_EXTENSION_ID } from './extensions.ts';
import { normalizeCase } from './normalize.ts';
import { isPhase, type Phase } from './phase.ts';
import { OUTCOME } from './to-stix.ts';
import {
  CASE_FIELDS,
  PAP_LEVELS,
  ROLES,
  SEVERITIES,
  TASK_STATUSES,
  type CaseField,
  type CaseTask,
  type IncidentCase,
  type Pap,
  type Role,
  type Severity,
  type Stamp,
  type TaskStatus,
  type TimelineEvent,
} from './types.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

/** Reads fields of one object, collecting problems under its id. */
class Reader {
  constructor(
    private readonly o: Obj,
    private readonly problems: ErrorDetail[],
  ) {}
  private get record(): string {
    return str(this.o.id) ?? '(no id)';
  }
  fail(field: string, message: string): undefined {
    this.problems.push({ record: this.record, field, message });
    return undefined;
  }
  text(from: Obj, field: string, optional = false): string {
    const v = str(from[field]);
    if (v === undefined && !optional) this.fail(field, 'must be a string');
    return v ?? '';
  }
  time(from: Obj, field: string): string {
    const v = str(from[field]);
    if (v === undefined || !isTimestamp(v)) this.fail(field, 'must be an RFC 3339 UTC timestamp');
    return v ?? '';
  }
  ext(id: string): Obj {
    const e = isObj(this.o.extensions) ? this.o.extensions[id] : undefined;
    if (!isObj(e)) {
      this.fail(`extensions.${id}`, 'is missing');
      return {};
    }
    return e;
  }
}

function byId(objects: readonly unknown[]): Map<string, Obj> {
  const map = new Map<string, Obj>();
  for (const o of objects) if (isObj(o) && typeof o.id === 'string') map.set(o.id, o);
  return map;
}

function readEvent(o: Obj, problems: ErrorDetail[]): TimelineEvent {
  const r = new Reader(o, problems);
  const x = r.ext(CASE_EXTENSION_ID);
  const kind = x.kind;
  if (!oneOf(['opened', 'phase', 'observation', 'action'] as const, kind))
    r.fail('kind', 'unknown event kind');
  const phase = x.phase;
  if (phase !== undefined && !(typeof phase === 'string' && isPhase(phase)))
    r.fail('phase', 'unknown phase');
  return {
    id: r.text(o, 'id'),
    at: r.time(o, 'start_time'),
    by: r.text(x, 'organisation'),
    kind: kind as TimelineEvent['kind'],
    summary: r.text(o, 'name'),
    ...(typeof phase === 'string' ? { phase: phase as Phase } : {}),
  };
}

function readTask(o: Obj, problems: ErrorDetail[]): CaseTask {
  const r = new Reader(o, problems);
  const x = r.ext(CASE_EXTENSION_ID);
  // A partner's tool may only set the standard outcome: it wins over our own status field.
  const fromOutcome = (Object.keys(OUTCOME) as TaskStatus[]).find((s) => OUTCOME[s] === o.outcome);
  const status = fromOutcome ?? x.status;
  if (!oneOf(TASK_STATUSES, status)) r.fail('outcome', 'unknown task outcome or status');
  const due = str(x.due);
  return {
    id: r.text(o, 'id'),
    title: r.text(o, 'name'),
    owner: r.text(x, 'owner'),
    ...(due !== undefined ? { due } : {}),
    status: status as TaskStatus,
    created: r.time(o, 'created'),
    updated: r.time(o, 'modified'),
  };
}

/** The case whose incident is `incidentId` (or the only incident) among `objects`. */
export function caseFromStix(objects: readonly unknown[], incidentId?: string): IncidentCase {
  const all = byId(objects);
  const incidents = [...all.values()].filter(
    (o) => o.type === 'incident' && (incidentId === undefined || o.id === incidentId),
  );
  if (incidents.length !== 1)
    refuse('cannot read the case', [
      {
        field: 'incident',
        message: `expected one incident${incidentId ? ` ${incidentId}` : ''}, found ${incidents.length}`,
      },
    ]);
  const inc = incidents[0] as Obj;
  const problems: ErrorDetail[] = [];
  const r = new Reader(inc, problems);
  const core = r.ext(INCIDENT_CORE_EXTENSION_ID);
  const x = r.ext(CASE_EXTENSION_ID);
  const id = r.text(inc, 'id');
  problems.push(
    ...rsitProblems(r.text(x, 'rsit_class'), r.text(x, 'rsit_type')).map((p) => ({
      ...p,
      record: id,
    })),
  );
  if (!oneOf(SEVERITIES, x.severity)) r.fail('severity', `must be one of ${SEVERITIES.join(', ')}`);
  if (!oneOf(PAP_LEVELS, x.pap)) r.fail('pap', `must be one of ${PAP_LEVELS.join(', ')}`);
  if (!(typeof x.phase === 'string' && isPhase(x.phase))) r.fail('phase', 'unknown phase');
  const tlps = Array.isArray(inc.object_marking_refs) ? inc.object_marking_refs : [];
  const tlp = TLP_LEVELS.find((l) => tlps.includes(TLP_IDS_OF[l]));
  if (tlp === undefined) r.fail('object_marking_refs', 'must carry a TLP 2.0 marking');
  const participants = (Array.isArray(x.participants) ? x.participants : []).map(
    (p: unknown, i) => {
      const q = isObj(p) ? p : {};
      if (!oneOf(ROLES, q.role) || typeof q.organisation !== 'string')
        r.fail(`participants[${i}]`, 'must have an organisation and a role');
      return { organisation: String(q.organisation), role: q.role as Role };
    },
  );
  const stamps = isObj(x.field_stamps) ? x.field_stamps : {};
  const clock = Object.fromEntries(
    CASE_FIELDS.map((f) => {
      const s = isObj(stamps[f]) ? stamps[f] : {};
      return [f, { at: r.time(s, 'at'), by: r.text(s, 'by') }];
    }),
  ) as Record<CaseField, Stamp>;
  const refs = (list: unknown, key: string): Obj[] =>
    (Array.isArray(list) ? list : []).map((entry: unknown, i) => {
      const ref = isObj(entry) ? str(entry[key]) : undefined;
      const o = ref === undefined ? undefined : all.get(ref);
      if (o === undefined)
        r.fail(`${key}[${i}]`, `refers to ${ref ?? 'nothing'}, which is not among the objects`);
      return o ?? {};
    });
  const timeline = refs(core.events, 'event_ref').map((o) => readEvent(o, problems));
  const tasks = refs(core.tasks, 'task_ref').map((o) => readTask(o, problems));
  const comments = (Array.isArray(x.note_refs) ? x.note_refs : []).map((ref: unknown, i) => {
    const o = typeof ref === 'string' ? all.get(ref) : undefined;
    if (o === undefined)
      r.fail(`note_refs[${i}]`, `refers to ${String(ref)}, which is not among the objects`);
    const n = new Reader(o ?? {}, problems);
    const authors = Array.isArray(o?.authors) ? o.authors : [];
    return {
      id: n.text(o ?? {}, 'id'),
      at: n.time(o ?? {}, 'created'),
      by: String(authors[0] ?? ''),
      text: n.text(o ?? {}, 'content'),
    };
  });
  const links = (Array.isArray(x.linked_refs) ? x.linked_refs : []).filter(
    (l): l is string => typeof l === 'string',
  );
  const head = {
    title: r.text(inc, 'name'),
    description: r.text(inc, 'description', true),
    created: r.time(inc, 'created'),
    modified: r.time(inc, 'modified'),
    createdBy: r.text(x, 'opened_by'),
  };
  refuse(`cannot read the case ${id}`, problems);
  return normalizeCase({
    id,
    ...head,
    rsit: { class: x.rsit_class as RsitClass, type: x.rsit_type as string },
    severity: x.severity as Severity,
    tlp: tlp as TlpLevel,
    pap: x.pap as Pap,
    participants,
    phase: x.phase as Phase,
    timeline,
    tasks,
    links,
    comments,
    clock,
  });
}
