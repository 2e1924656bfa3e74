import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CoopsecError } from '@coopsec/model';
import { readInventoryCsv } from './inventory-csv.ts';

const refusal = (text: string) => {
  try {
    readInventoryCsv(text, 'inv.csv');
  } catch (error) {
    assert.ok(error instanceof CoopsecError);
    return error;
  }
  assert.fail('the file was accepted');
};

void describe('readInventoryCsv', () => {
  void it('reads rows with their file line, quoted fields and CRLF alike', () => {
    assert.deepEqual(
      readInventoryCsv('version,cpe_or_purl\r\n4.17.20,pkg:npm/lodash\r\n\r\n"",pkg:npm/a@1.2\r\n'),
      [
        { line: 2, identifier: 'pkg:npm/lodash', version: '4.17.20' },
        { line: 4, identifier: 'pkg:npm/a@1.2', version: '' },
      ],
    );
  });

  void it('names every bad line, split or read, in line order', () => {
    const e = refusal('cpe_or_purl,version\ncpe:2.3:a:x,1\npkg:npm/a,1,2\npkg:npm/b,\n');
    assert.equal(e.code, 'BAD_INPUT');
    assert.match(e.message, /^inv\.csv: 3 line\(s\) cannot be imported$/);
    assert.deepEqual(
      e.details.map((d) => [d.row, d.field]),
      [
        [2, 'cpe_or_purl'],
        [3, undefined],
        [4, 'version'],
      ],
    );
  });

  void it('refuses a header without the columns, and an empty file', () => {
    assert.deepEqual(
      refusal('purl\npkg:npm/a@1\n').details.map((d) => [d.row, d.field]),
      [
        [1, 'cpe_or_purl'],
        [1, 'version'],
      ],
    );
    assert.match(refusal('').message, /inv\.csv is empty/);
  });
});
