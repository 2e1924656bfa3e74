import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TLP_LEVELS, type TlpLevel } from '../markings/tlp.ts';
import { mayForward, type ForwardFacts } from './forward.ts';

const base: ForwardFacts = {
  level: 'green',
  partnerClearance: 'green',
  path: [],
  self: 'kg-node',
  partner: 'kz-node',
  recipientAtPartner: false,
  hopLimit: 4,
};
const decide = (over: Partial<ForwardFacts>) => mayForward({ ...base, ...over });

describe('federation: what may travel on (TLP 2.0 at every hop)', () => {
  it('sends a version created here when the partner is cleared for its level', () => {
    assert.deepEqual(decide({ level: 'amber', partnerClearance: 'amber' }), {
      forward: true,
      serveAt: 'amber',
    });
    assert.deepEqual(decide({ level: 'amber', partnerClearance: 'green' }), {
      forward: false,
      reason: 'not-cleared',
    });
    assert.deepEqual(decide({ level: 'amber+strict', partnerClearance: 'amber+strict' }), {
      forward: true,
      serveAt: 'amber+strict',
    });
  });

  it('relays CLEAR and GREEN within the community but never AMBER or AMBER+STRICT', () => {
    const path = ['uz-node'];
    assert.deepEqual(decide({ level: 'clear', path }), { forward: true, serveAt: 'green' });
    assert.deepEqual(
      decide({ level: 'green', path, partnerClearance: 'amber' }),
      {
        forward: true,
        serveAt: 'green',
      },
      'granular AMBER content of a relayed version is removed before it travels on',
    );
    for (const level of ['amber', 'amber+strict'] as const)
      assert.deepEqual(decide({ level, path, partnerClearance: 'amber+strict' }), {
        forward: false,
        reason: 'amber-not-onward',
      });
  });

  it('sends RED only from its own node and only where a named recipient is', () => {
    assert.deepEqual(decide({ level: 'red', recipientAtPartner: true }), {
      forward: true,
      serveAt: 'red',
    });
    assert.equal(decide({ level: 'red', recipientAtPartner: false }).forward, false);
    assert.equal(decide({ level: 'red', recipientAtPartner: true, path: ['x'] }).forward, false);
  });

  it('never sends back along the path nor past the hop limit', () => {
    assert.deepEqual(decide({ path: ['kz-node'] }), { forward: false, reason: 'loop' });
    assert.deepEqual(decide({ partner: 'kg-node' }), { forward: false, reason: 'loop' });
    assert.equal(decide({ path: ['a', 'b'], hopLimit: 4 }).forward, true);
    assert.deepEqual(decide({ path: ['a', 'b', 'c'], hopLimit: 4 }), {
      forward: false,
      reason: 'hop-limit',
    });
    assert.equal(decide({ hopLimit: 2 }).forward, true, 'origin → partner is two nodes');
  });

  // An independent statement of the rules, enumerated over every combination.
  it('agrees with the rules over every level, clearance, path and recipient', () => {
    const rank = (l: TlpLevel) => TLP_LEVELS.indexOf(l);
    let checked = 0;
    for (const level of TLP_LEVELS)
      for (const partnerClearance of TLP_LEVELS)
        for (const path of [[], ['x'], ['x', 'y'], ['kz-node']])
          for (const recipientAtPartner of [false, true]) {
            const onPath = path.includes('kz-node');
            const tooFar = path.length + 2 > 3;
            let expected: boolean;
            if (onPath || tooFar) expected = false;
            else if (level === 'red') expected = path.length === 0 && recipientAtPartner;
            else if (path.length > 0)
              expected = rank(level) <= rank('green') && rank(partnerClearance) >= rank(level);
            else expected = rank(partnerClearance) >= rank(level);
            const got = decide({ level, partnerClearance, path, recipientAtPartner, hopLimit: 3 });
            assert.equal(got.forward, expected, JSON.stringify({ level, partnerClearance, path }));
            if (got.forward) {
              const serveAt = rank(got.serveAt);
              assert.ok(serveAt >= rank(level), 'served at or above its own level');
              assert.ok(serveAt <= rank(partnerClearance) || level === 'red');
              if (path.length > 0) assert.ok(serveAt <= rank('green'), 'relayed: GREEN at most');
            }
            checked += 1;
          }
    assert.equal(checked, TLP_LEVELS.length * TLP_LEVELS.length * 4 * 2);
  });
});
