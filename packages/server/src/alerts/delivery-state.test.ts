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

void describe('deliveryState', () => {
  void it('tells "not yet" from "nowhere to go" when nothing is logged', () => {
    assert.equal(deliveryState([], true), 'pending');
    assert.equal(deliveryState([], false), 'unsubscribed');
  });

  void it("reads each subscription's last attempt", () => {
    assert.equal(
      deliveryState([rec('s1', 1, 'retry'), rec('s1', 2, 'delivered')], true),
      'delivered',
    );
    assert.equal(deliveryState([rec('s1', 1, 'retry')], true), 'retrying');
    assert.equal(
      deliveryState(
        [rec('s1', 1, 'delivered'), rec('s2', 1, 'retry'), rec('s2', 2, 'failed')],
        true,
      ),
      'failed',
    );
    assert.equal(
      deliveryState([rec('s1', 1, 'delivered'), rec('s2', 1, 'retry')], false),
      'retrying',
      'a retry still under way, even after the subscription was disabled',
    );
  });
});
