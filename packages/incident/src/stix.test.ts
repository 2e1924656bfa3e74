import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CoopsecError } from '@coopsec/model';
import { TLP2_IDS, validateBundle, validateStixObject } from '@coopsec/stix';
import { setTaskStatus } from './activity.ts';
import { changePhase } from './case.ts';
import {
  caseExtensionObjects,
  INCIDENT_CORE_EXTENSION_ID,
  TASK_EXTENSION_ID,
} from './extensions.ts';
import { caseFromStix } from './from-stix.ts';
import { busyCase } from './testing/busy-case.ts';
import { at, LEAD, PARTNER, sid } from './testing/fixtures.ts';
import { caseToStix } from './to-stix.ts';

type Obj = Record<string, unknown>;
const bundle = (objects: unknown[]) => ({
  type: 'bundle',
  id: 'bundle--00000000-0000-4000-8000-0000000000ff',
  objects,
});

describe('case as STIX', () => {
  it('produces an incident with Incident Core 2.0, events, tasks and notes', () => {
    const objects = caseToStix(busyCase());
    assert.deepEqual(
      objects.map((o) => o.type),
      ['incident', 'event', 'event', 'event', 'event', 'task', 'task', 'note'],
    );
    const incident = objects[0] as Obj;
    const core = (incident.extensions as Record<string, Obj>)[INCIDENT_CORE_EXTENSION_ID] as Obj;
    assert.equal(core.investigation_status, 'open');
    assert.equal(core.criticality, 70);
    assert.deepEqual(core.tasks, [{ task_ref: sid('task', 1) }, { task_ref: sid('task', 2) }]);
    const task = objects[5] as Obj;
    assert.equal(task.outcome, 'ongoing');
    assert.ok(TASK_EXTENSION_ID in (task.extensions as Obj));
    for (const o of objects) assert.deepEqual(o.object_marking_refs, [TLP2_IDS.amber]);
  });

  it('passes the STIX validator, strict, object by object and as a bundle', () => {
    const objects = caseToStix(busyCase());
    for (const o of objects) {
      const r = validateStixObject(o, { strict: true });
      assert.deepEqual(r.findings, [], String(o.id));
    }
    const r = validateBundle(bundle([...caseExtensionObjects(), ...objects]), {
      strict: true,
      enforceRefs: false,
    });
    assert.deepEqual(r.findings, []);
    // The validator does look: a broken copy fails.
    const broken = { ...objects[0], created: 'yesterday' };
    assert.equal(validateStixObject(broken).valid, false);
  });

  it('reads back the same case', () => {
    const c = busyCase();
    assert.deepEqual(caseFromStix(caseToStix(c)), c);
  });

  it('gives each change a new version: same id, later modified', () => {
    const c = busyCase();
    const d = changePhase(c, 'eradicate', { eventId: sid('event', 9), by: LEAD, at: at(30) });
    const [before, after] = [caseToStix(c)[0] as Obj, caseToStix(d)[0] as Obj];
    assert.equal(after.id, before.id);
    assert.equal(after.created, before.created);
    assert.ok(Date.parse(String(after.modified)) > Date.parse(String(before.modified)));
  });

  it("takes a partner's task outcome from the standard property", () => {
    const objects = caseToStix(busyCase()).map((o) =>
      o.id === sid('task', 1) ? { ...o, outcome: 'successful', modified: at(40) } : o,
    );
    const task = caseFromStix(objects).tasks.find((t) => t.id === sid('task', 1));
    assert.equal(task?.status, 'completed');
    assert.equal(task?.updated, at(40));
    const done = setTaskStatus(busyCase(), sid('task', 1), 'completed', {
      by: PARTNER,
      at: at(40),
    });
    assert.deepEqual(caseFromStix(objects).tasks, done.tasks);
  });

  it('refuses a wrong case naming the object and property, and a missing task', () => {
    const objects = caseToStix(busyCase());
    const incident = objects[0] as Obj & { extensions: Record<string, Obj> };
    const ext = Object.entries(incident.extensions).find(([k]) => k !== INCIDENT_CORE_EXTENSION_ID);
    assert.ok(ext);
    const bad = {
      ...incident,
      extensions: { ...incident.extensions, [ext[0]]: { ...ext[1], rsit_type: 'ddos' } },
    };
    assert.throws(
      () => caseFromStix([bad, ...objects.slice(1)]),
      (e: unknown) =>
        e instanceof CoopsecError &&
        e.details.some((d) => d.field === 'rsit_type' && d.record === incident.id),
    );
    assert.throws(
      () => caseFromStix(objects.filter((o) => o.type !== 'task')),
      (e: unknown) => e instanceof CoopsecError && /task_ref\[0\]/.test(e.message),
    );
  });
});
