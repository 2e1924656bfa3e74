import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMPONENTS, COMPONENT_IDS, isComponentId } from './components.ts';

void test('the five components of the paper, regulatory framework central and cooperation the multiplier', () => {
  assert.equal(COMPONENT_IDS.length, 5);
  assert.deepEqual(
    COMPONENTS.filter((c) => c.role !== 'component').map((c) => [c.id, c.role]),
    [
      ['regulatory', 'central'],
      ['cooperation', 'multiplier'],
    ],
  );
  assert.equal(isComponentId('digital-literacy'), true);
  assert.equal(isComponentId('Digital literacy'), false);
});
