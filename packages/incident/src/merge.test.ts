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
import { changePhase, editCase } from './case.ts';
import { mergeCases } from './merge.ts';
import { TRANSITIONS } from './phase.ts';
import { busyCase } from './testing/busy-case.ts';
import { at, LEAD, OUTSIDER, PARTNER, sid, WATCHER } from './testing/fixtures.ts';
import { SEVERITIES, TASK_STATUSES, type IncidentCase } from './types.ts';

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGS = [LEAD, PARTNER, WATCHER];
let serial = 1000;

/** `steps` random edits by random participants on a replica; refused edits are skipped. */
function wander(start: IncidentCase, rand: () => number, steps: number): IncidentCase {
  const one = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let c = start;
  for (let i = 0; i < steps; i++) {
    // Coarse times (whole minutes) so that different replicas often write at the same instant.
    const actor = { by: one(ORGS), at: at(30 + Math.floor(rand() * 20)) };
    const n = serial++;
    const ops: (() => IncidentCase)[] = [
      () => editCase(c, { title: `title ${n}` }, actor),
      () =>
        editCase(c, { severity: one(SEVERITIES), pap: one(['green', 'amber'] as const) }, actor),
      () => changePhase(c, one(TRANSITIONS[c.phase]), { ...actor, eventId: sid('event', n) }),
      () => addTask(c, { id: sid('task', n), title: `t${n}`, owner: one(ORGS) }, actor),
      () => setTaskStatus(c, one(c.tasks).id, one(TASK_STATUSES), actor),
      () => addComment(c, { id: sid('note', n), text: `c${n}` }, actor),
      () => addEvent(c, { id: sid('event', n), kind: 'action', summary: `e${n}` }, actor),
      () => linkObjects(c, [sid('indicator', n % 7)], actor),
      () =>
        addParticipant(
          c,
          { organisation: OUTSIDER, role: one(['observer', 'contributor']) },
          actor,
        ),
    ];
    try {
      c = one(ops)();
    } catch (e) {
      if (!(e instanceof CoopsecError)) throw e;
    }
  }
  return c;
}

describe('mergeCases', () => {
  it('is commutative, associative and idempotent (fixed seed, 200 rounds)', () => {
    const rand = prng(17);
    let conflicts = 0;
    for (let round = 0; round < 200; round++) {
      const base = busyCase();
      const [a, b, c] = [0, 1, 2].map(() => wander(base, rand, 1 + Math.floor(rand() * 8))) as [
        IncidentCase,
        IncidentCase,
        IncidentCase,
      ];
      const ab = mergeCases(a, b);
      if (a.title !== b.title) conflicts++;
      assert.deepEqual(ab, mergeCases(b, a), `commutative, round ${round}`);
      assert.deepEqual(
        mergeCases(ab, c),
        mergeCases(a, mergeCases(b, c)),
        `associative, round ${round}`,
      );
      assert.deepEqual(mergeCases(a, a), a, `idempotent, round ${round}`);
      assert.deepEqual(mergeCases(ab, ab), ab);
      assert.deepEqual(mergeCases(ab, a), ab, `absorbs what it has seen, round ${round}`);
    }
    // The generator must produce real conflicts, or the properties above prove little.
    assert.ok(conflicts > 40, `only ${conflicts} rounds with conflicting titles`);
  });

  it('keeps both sides of concurrent edits, field by field', () => {
    const base = busyCase();
    const lead = editCase(base, { title: 'Renamed by lead' }, { by: LEAD, at: at(30) });
    const partner = setTaskStatus(
      editCase(base, { severity: 'critical' }, { by: PARTNER, at: at(31) }),
      sid('task', 1),
      'completed',
      { by: PARTNER, at: at(32) },
    );
    const m = mergeCases(lead, partner);
    assert.equal(m.title, 'Renamed by lead');
    assert.equal(m.severity, 'critical');
    assert.equal(m.tasks.find((t) => t.id === sid('task', 1))?.status, 'completed');
    assert.equal(m.modified, partner.modified);
  });

  it('lets the later write of one field win, and breaks a tie by organisation', () => {
    const base = busyCase();
    const early = editCase(base, { title: 'early' }, { by: PARTNER, at: at(30) });
    const late = editCase(base, { title: 'late' }, { by: LEAD, at: at(31) });
    assert.equal(mergeCases(early, late).title, 'late');
    const x = editCase(base, { title: 'by lead' }, { by: LEAD, at: at(30) });
    const y = editCase(base, { title: 'by partner' }, { by: PARTNER, at: at(30) });
    const winner = PARTNER > LEAD ? 'by partner' : 'by lead';
    assert.equal(mergeCases(x, y).title, winner);
    assert.equal(mergeCases(y, x).title, winner);
  });

  it('refuses to merge two different cases', () => {
    const other = { ...busyCase(), id: sid('incident', 2) };
    assert.throws(
      () => mergeCases(busyCase(), other),
      (e: unknown) => e instanceof CoopsecError && e.code === 'BAD_INPUT',
    );
  });
});
