import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMPONENT_IDS, COVERAGE_FRAMEWORKS, GRAPH_FORMATS } from '@coopsec/model';
import { HELP_COMPONENT_IDS, HELP_COVERAGE_FRAMEWORKS, HELP_GRAPH_FORMATS } from './choices.ts';

void describe('help choices', () => {
  void it('list the same values as the model', () => {
    assert.deepEqual(HELP_COMPONENT_IDS, COMPONENT_IDS);
    assert.deepEqual(HELP_COVERAGE_FRAMEWORKS, COVERAGE_FRAMEWORKS);
    assert.deepEqual(HELP_GRAPH_FORMATS, GRAPH_FORMATS);
  });
});
