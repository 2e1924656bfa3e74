import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CoopsecError } from '@coopsec/model';
import {
  addComment,
  addEvent,
  addParticipant,
  addTask,
  linkObjects,
  setTaskStatus,
} from './activity.ts';
import { changePhase, editCase, nextModified, openCase } from './case.ts';
import { caseMetrics } from './metrics.ts';
import { canMove, PHASES, TRANSITIONS } from './phase.ts';
import { rsitClasses } from './classification.ts';
import { at, LEAD, OUTSIDER, PARTNER, sampleCase, sid, T0, WATCHER } from './testing/fixtures.ts';

/** Asserts `fn` throws a CoopsecError with `code` and a detail on `field`. */
function refused(fn: () => unknown, code: string, field?: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof CoopsecError, String(e));
    assert.equal(e.code, code, e.message);
    if (field !== undefined)
      assert.ok(
        e.details.some((d) => d.field === field),
        JSON.stringify(e.details),
      );
    return true;
  });
}

const base = {
  title: 'x',
  rsitClass: 'fraud',
  rsitType: 'phishing',
  severity: 'low',
  tlp: 'green',
  pap: 'green',
};
const ctx = { id: sid('incident', 9), eventId: sid('event', 9), by: LEAD, at: T0 };

describe('openCase', () => {
  it('opens in detect with the opener as lead and an opened event', () => {
    const c = sampleCase();
    assert.equal(c.phase, 'detect');
    assert.deepEqual(
      c.participants.map((p) => p.role),
      ['lead', 'contributor', 'observer'],
    );
    assert.equal(c.participants[0]?.organisation, LEAD);
    assert.deepEqual(
      c.timeline.map((e) => e.kind),
      ['opened'],
    );
    assert.equal(c.created, c.modified);
  });

  it('refuses an unknown RSIT type, naming the known types of the class', () => {
    refused(() => openCase({ ...base, rsitType: 'ddos' }, ctx), 'BAD_INPUT', 'rsit_type');
    refused(() => openCase({ ...base, rsitClass: 'nope' }, ctx), 'BAD_INPUT', 'rsit_class');
  });

  it('accepts every type of every bundled RSIT class', () => {
    for (const cls of rsitClasses())
      for (const type of cls.types)
        assert.equal(
          openCase({ ...base, rsitClass: cls.value, rsitType: type }, ctx).rsit.type,
          type,
        );
    assert.equal(rsitClasses().length, 11);
  });

  it('names every wrong field at once', () => {
    try {
      openCase({ ...base, title: ' ', severity: 'huge', tlp: 'white', pap: 'pink' }, ctx);
      assert.fail('should refuse');
    } catch (e) {
      assert.ok(e instanceof CoopsecError);
      assert.deepEqual(e.details.map((d) => d.field).sort(), ['pap', 'severity', 'title', 'tlp']);
    }
  });

  it('refuses a duplicate participant and a bad role', () => {
    const dup = [{ organisation: LEAD, role: 'observer' }];
    refused(
      () => openCase({ ...base, participants: dup }, ctx),
      'BAD_INPUT',
      'participants[0].organisation',
    );
    const bad = [{ organisation: PARTNER, role: 'boss' }];
    refused(
      () => openCase({ ...base, participants: bad }, ctx),
      'BAD_INPUT',
      'participants[0].role',
    );
  });
});

describe('phases', () => {
  it('allows exactly the documented moves', () => {
    const legal: string[] = [];
    for (const from of PHASES)
      for (const to of PHASES) if (canMove(from, to)) legal.push(`${from}>${to}`);
    assert.deepEqual(legal.sort(), [
      'analyse>closed',
      'analyse>contain',
      'closed>analyse',
      'contain>analyse',
      'contain>eradicate',
      'detect>analyse',
      'detect>closed',
      'eradicate>analyse',
      'eradicate>recover',
      'recover>analyse',
      'recover>closed',
    ]);
    for (const p of PHASES) assert.ok(!TRANSITIONS[p].includes(p), `${p} to itself`);
  });

  it('refuses an illegal move with the allowed ones, and leaves the case unchanged', () => {
    const c = sampleCase();
    const before = JSON.stringify(c);
    assert.throws(
      () => changePhase(c, 'eradicate', { eventId: sid('event', 2), by: LEAD, at: at(1) }),
      (e: unknown) =>
        e instanceof CoopsecError &&
        e.code === 'BAD_INPUT' &&
        /allowed: analyse, closed/.test(e.message),
    );
    refused(
      () => changePhase(c, 'done', { eventId: sid('event', 2), by: LEAD, at: at(1) }),
      'BAD_INPUT',
      'phase',
    );
    assert.equal(JSON.stringify(c), before);
  });

  it('lets observers and outsiders not move the phase', () => {
    const c = sampleCase();
    refused(
      () => changePhase(c, 'analyse', { eventId: sid('event', 2), by: WATCHER, at: at(1) }),
      'FORBIDDEN',
    );
    refused(
      () => changePhase(c, 'analyse', { eventId: sid('event', 2), by: OUTSIDER, at: at(1) }),
      'FORBIDDEN',
    );
    assert.equal(
      changePhase(c, 'analyse', { eventId: sid('event', 2), by: PARTNER, at: at(1) }).phase,
      'analyse',
    );
  });
});

describe('tasks, events, comments, links', () => {
  it('refuses a task for an organisation not on the case', () => {
    const c = sampleCase();
    refused(
      () =>
        addTask(
          c,
          { id: sid('task', 1), title: 'Block', owner: OUTSIDER },
          { by: LEAD, at: at(2) },
        ),
      'BAD_INPUT',
      'owner',
    );
    refused(
      () =>
        addTask(
          c,
          { id: sid('task', 1), title: 'Block', owner: PARTNER, due: '2026-13-01' },
          { by: LEAD, at: at(2) },
        ),
      'BAD_INPUT',
      'due',
    );
  });

  it('lets the owner complete its task but not another contributor task of the lead', () => {
    let c = sampleCase();
    c = addTask(
      c,
      { id: sid('task', 1), title: 'Take down host', owner: PARTNER, due: '2026-03-03' },
      { by: LEAD, at: at(2) },
    );
    c = addTask(
      c,
      { id: sid('task', 2), title: 'Notify ministries', owner: LEAD },
      { by: LEAD, at: at(3) },
    );
    c = setTaskStatus(c, sid('task', 1), 'completed', { by: PARTNER, at: at(4) });
    assert.equal(c.tasks[0]?.status, 'completed');
    refused(
      () => setTaskStatus(c, sid('task', 2), 'completed', { by: PARTNER, at: at(5) }),
      'FORBIDDEN',
    );
    refused(
      () => setTaskStatus(c, sid('task', 2), 'finished', { by: LEAD, at: at(5) }),
      'BAD_INPUT',
      'status',
    );
  });

  it('lets observers comment, and keeps links a sorted set of STIX ids', () => {
    let c = sampleCase();
    c = addComment(c, { id: sid('note', 1), text: 'Seen here too.' }, { by: WATCHER, at: at(1) });
    assert.equal(c.comments[0]?.by, WATCHER);
    refused(
      () => linkObjects(c, ['indicator--1'], { by: LEAD, at: at(2) }),
      'BAD_INPUT',
      'links[0]',
    );
    c = linkObjects(c, [sid('indicator', 2), sid('indicator', 1), sid('indicator', 2)], {
      by: PARTNER,
      at: at(2),
    });
    assert.deepEqual(c.links, [sid('indicator', 1), sid('indicator', 2)]);
    refused(
      () =>
        addEvent(
          c,
          { id: sid('event', 5), kind: 'action', summary: 'x' },
          { by: WATCHER, at: at(3) },
        ),
      'FORBIDDEN',
    );
  });

  it('only the lead invites', () => {
    const c = sampleCase();
    refused(
      () =>
        addParticipant(c, { organisation: OUTSIDER, role: 'observer' }, { by: PARTNER, at: at(1) }),
      'FORBIDDEN',
    );
    const d = addParticipant(
      c,
      { organisation: OUTSIDER, role: 'observer' },
      { by: LEAD, at: at(1) },
    );
    assert.equal(d.participants.length, 4);
  });

  it('bumps modified on every change, even within one millisecond', () => {
    const c = sampleCase();
    const d = addComment(c, { id: sid('note', 1), text: 'a' }, { by: LEAD, at: T0 });
    assert.ok(Date.parse(d.modified) > Date.parse(c.modified));
    assert.equal(nextModified(T0, at(1)), at(1));
    assert.equal(nextModified(at(1), T0), '2026-03-01T08:01:00.001Z');
  });
});

describe('caseMetrics', () => {
  it('computes acknowledge, contain and resolve from the phase events', () => {
    let c = sampleCase();
    assert.deepEqual(caseMetrics(c), {});
    const move = (to: string, minutes: number, n: number) =>
      (c = changePhase(c, to, { eventId: sid('event', n), by: LEAD, at: at(minutes) }));
    move('analyse', 15, 2);
    move('contain', 60, 3);
    assert.deepEqual(caseMetrics(c), { timeToAcknowledgeMs: 15 * 60_000 });
    move('analyse', 90, 4);
    move('contain', 120, 5);
    move('eradicate', 180, 6);
    move('recover', 300, 7);
    move('closed', 600, 8);
    assert.deepEqual(caseMetrics(c), {
      timeToAcknowledgeMs: 15 * 60_000,
      timeToContainMs: 180 * 60_000,
      timeToResolveMs: 600 * 60_000,
    });
  });
});

describe('editCase', () => {
  it('changes the named fields, stamps them, and checks the RSIT pair together', () => {
    const c = sampleCase();
    const d = editCase(
      c,
      { severity: 'critical', rsitClass: 'intrusions', rsitType: 'burglary' },
      { by: PARTNER, at: at(5) },
    );
    assert.equal(d.severity, 'critical');
    assert.deepEqual(d.rsit, { class: 'intrusions', type: 'burglary' });
    assert.deepEqual(d.clock.severity, { at: at(5), by: PARTNER });
    assert.deepEqual(d.clock.title, c.clock.title);
    refused(
      () => editCase(c, { rsitClass: 'intrusions' }, { by: LEAD, at: at(5) }),
      'BAD_INPUT',
      'rsit_type',
    );
    refused(() => editCase(c, { title: 'x' }, { by: WATCHER, at: at(5) }), 'FORBIDDEN');
  });
});
