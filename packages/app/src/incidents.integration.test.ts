/**
 * The incident use cases against a real (in-memory SQLite) store: a case is written as STIX
 * versions, read back, changed by partners, hidden from outsiders, refused without writes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CoopsecError } from '@coopsec/model';
import { validateBundle } from '@coopsec/stix';
import { ExchangeObjectRepository, OrgRepository, openStore, type Store } from '@coopsec/store';
import {
  addIncidentComment,
  addIncidentTask,
  changeIncidentPhase,
  exportIncident,
  INCIDENT_COLLECTION,
  listIncidents,
  openIncident,
  setIncidentTaskStatus,
  showIncident,
} from './incidents.ts';

async function withOrgs(): Promise<Store> {
  const store = await openStore(':memory:');
  const orgs = new OrgRepository(store);
  for (const id of ['cert-lu', 'cert-be', 'cert-nl', 'cert-xx'])
    await orgs.addOrg({ id, name: id.toUpperCase(), parentOrg: null });
  return store;
}

const lu = { orgId: 'cert-lu' };
const be = { orgId: 'cert-be' };
const outsider = { orgId: 'cert-xx' };
const input = {
  title: 'Phishing wave against two ministries',
  rsitClass: 'fraud',
  rsitType: 'phishing',
  severity: 'high',
  tlp: 'amber',
  pap: 'amber',
  participants: [
    { organisation: 'cert-be', role: 'contributor' },
    { organisation: 'cert-nl', role: 'observer' },
  ],
};

const isError = (code: string, field?: string) => (e: unknown) =>
  e instanceof CoopsecError &&
  e.code === code &&
  (field === undefined || e.details.some((d) => d.field === field));

describe('incident use cases', () => {
  it('opens, changes and shows a case; every change is a new version of the same objects', async () => {
    await using store = await withOrgs();
    const c = await openIncident(store, input, lu);
    await changeIncidentPhase(store, { id: c.id, phase: 'analyse' }, lu);
    const withTask = await addIncidentTask(
      store,
      { id: c.id, title: 'Take down host', owner: 'cert-be', due: '2026-12-10' },
      lu,
    );
    const task = withTask.tasks[0];
    assert.ok(task);
    await setIncidentTaskStatus(store, { id: c.id, task: task.id, status: 'completed' }, be);
    await addIncidentComment(store, { id: c.id, text: 'Seen here too.' }, { orgId: 'cert-nl' });
    const shown = await showIncident(store, { id: c.id }, be);
    assert.equal(shown.phase, 'analyse');
    assert.equal(shown.tasks[0]?.status, 'completed');
    assert.equal(shown.comments[0]?.by, 'cert-nl');
    assert.equal(typeof shown.metrics.timeToAcknowledgeMs, 'number');
    const { rows } = await new ExchangeObjectRepository(store).query({
      collectionId: INCIDENT_COLLECTION,
      scope: {
        unrestricted: true,
        clearance: { userId: '', orgId: '', defaultLevel: 'red', byOrigin: new Map() },
      },
      ids: [c.id],
      versions: { all: true },
      limit: 100,
    });
    // Opened, phase, task added, task completed, comment: five versions of one incident.
    assert.equal(rows.length, 5);
    assert.ok(rows.every((r) => r.objectId === c.id));
    assert.equal(new Set(rows.map((r) => r.version)).size, rows.length);
  });

  it('shows an outsider nothing: not listed, not found, cannot change', async () => {
    await using store = await withOrgs();
    const c = await openIncident(store, input, lu);
    assert.deepEqual((await listIncidents(store, outsider)).incidents, []);
    assert.equal((await listIncidents(store, be)).incidents[0]?.role, 'contributor');
    await assert.rejects(showIncident(store, { id: c.id }, outsider), isError('NOT_FOUND'));
    await assert.rejects(
      changeIncidentPhase(store, { id: c.id, phase: 'analyse' }, outsider),
      isError('NOT_FOUND'),
    );
    await assert.rejects(exportIncident(store, { id: c.id }, outsider), isError('NOT_FOUND'));
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    await using store = await withOrgs();
    await assert.rejects(
      openIncident(store, { ...input, rsitType: 'ddos' }, lu),
      isError('BAD_INPUT', 'rsit_type'),
    );
    await assert.rejects(
      openIncident(
        store,
        { ...input, participants: [{ organisation: 'nobody', role: 'observer' }] },
        lu,
      ),
      isError('BAD_INPUT', 'participants[0].organisation'),
    );
    assert.equal(await new ExchangeObjectRepository(store).count(INCIDENT_COLLECTION), 0);
    const c = await openIncident(store, input, lu);
    const before = await new ExchangeObjectRepository(store).count(INCIDENT_COLLECTION);
    await assert.rejects(
      changeIncidentPhase(store, { id: c.id, phase: 'recover' }, lu),
      isError('BAD_INPUT', 'phase'),
    );
    await assert.rejects(
      addIncidentTask(store, { id: c.id, title: 'x', owner: 'cert-xx' }, lu),
      isError('BAD_INPUT', 'owner'),
    );
    assert.equal(await new ExchangeObjectRepository(store).count(INCIDENT_COLLECTION), before);
  });

  it('exports a valid STIX bundle', async () => {
    await using store = await withOrgs();
    const c = await openIncident(store, input, lu);
    await addIncidentComment(store, { id: c.id, text: 'hello' }, be);
    const bundle = await exportIncident(store, { id: c.id }, be);
    assert.equal(validateBundle(bundle, { strict: true }).valid, true);
    const types = (bundle.objects as { type: string }[]).map((o) => o.type);
    assert.deepEqual(types, [
      'marking-definition',
      'identity',
      'extension-definition',
      'incident',
      'event',
      'note',
    ]);
  });
});
