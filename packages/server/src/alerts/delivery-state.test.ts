import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DeliveryRecord } from '@coopsec/store';
import { deliveryState } from './delivery-state.ts';

const at = '2026-12-06T08:00:00.000Z';
const rec = (subscriptionId: string, attempt: number, outcome: string): DeliveryRecord => ({
  alertId: 'a1',
  subscriptionId,
  attempt,
  outcome,
  at,
});

const some = { subscribedAt: ['2026-12-06T07:00:00.000Z'] };
const none = { subscribedAt: [] };

void describe('deliveryState', () => {
  void it('tells "not yet" from "nowhere to go" when nothing is logged', () => {
    const before = '2026-12-06T07:00:00.000Z';
    const after = '2026-12-06T09:00:00.000Z';
    assert.equal(deliveryState([], { subscribedAt: [before] }), 'pending');
    assert.equal(deliveryState([], { subscribedAt: [] }), 'unsubscribed');
    assert.equal(deliveryState([], { subscribedAt: [before], claimedAt: at }), 'pending');
    assert.equal(
      deliveryState([], { subscribedAt: [after], claimedAt: at }),
      'unsubscribed',
      'taken up before the subscription existed: never sent to it',
    );
  });

  void it("reads each subscription's last attempt", () => {
    assert.equal(
      deliveryState([rec('s1', 1, 'retry'), rec('s1', 2, 'delivered')], some),
      'delivered',
    );
    assert.equal(deliveryState([rec('s1', 1, 'retry')], some), 'retrying');
    assert.equal(
      deliveryState(
        [rec('s1', 1, 'delivered'), rec('s2', 1, 'retry'), rec('s2', 2, 'failed')],
        some,
      ),
      'failed',
    );
    assert.equal(
      deliveryState([rec('s1', 1, 'delivered'), rec('s2', 1, 'retry')], none),
      'retrying',
      'a retry still under way, even after the subscription was disabled',
    );
  });
});
