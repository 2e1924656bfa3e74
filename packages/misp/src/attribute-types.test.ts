import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parsePattern } from '@coopsec/stix';
import { ATTRIBUTE_TYPES, patternOf } from './attribute-types.ts';

const DESCRIBE_TYPES = join(
  import.meta.dirname,
  '../../../../shared/data/misp/data/describeTypes.json',
);
const types = (JSON.parse(readFileSync(DESCRIBE_TYPES, 'utf8')) as { result: { types: string[] } })
  .result.types;

/** A sample value per mapped type, so that each mapping is exercised and its pattern parsed. */
function sample(type: string): string {
  if (type.startsWith('filename|') || type === 'malware-sample')
    return 'a.exe|d41d8cd98f00b204e9800998ecf8427e';
  if (type.endsWith('|port'))
    return type.startsWith('hostname') ? 'example.org|443' : '198.51.100.7|443';
  if (type === 'domain|ip') return 'example.org|198.51.100.7';
  if (type === 'regkey|value') return 'HKLM\\Software\\x|1';
  if (type === 'AS') return 'AS64500';
  return "value-with-'quote'";
}

describe('MISP attribute types (describeTypes.json)', () => {
  it('every type has an entry: a STIX mapping, a pattern language, or a reason', () => {
    const missing = types.filter((t) => ATTRIBUTE_TYPES[t] === undefined);
    assert.deepEqual(missing, []);
  });

  it('every STIX mapping yields a pattern the project parser accepts', () => {
    for (const type of types) {
      const m = ATTRIBUTE_TYPES[type];
      if (m?.kind !== 'stix') continue;
      const comparisons = m.comparisons(sample(type));
      assert.ok(comparisons !== undefined, type);
      assert.doesNotThrow(() => parsePattern(patternOf(comparisons)), type);
    }
  });

  it('lists the types that are not mapped, each with its reason', () => {
    const unmapped = types.flatMap((t) => {
      const m = ATTRIBUTE_TYPES[t];
      return m?.kind === 'not-mapped' ? [`${t}: ${m.reason}`] : [];
    });
    // Printed so that a reader of the test log sees the list (issue 18: "a test lists them").
    console.log(`not mapped (${unmapped.length} of ${types.length}):\n  ${unmapped.join('\n  ')}`);
    for (const line of unmapped) assert.match(line, /: .{20,}/);
    // The types with an obvious STIX 2.1 property are never among them.
    for (const t of [
      'md5',
      'sha256',
      'ip-dst',
      'ip-src|port',
      'domain',
      'url',
      'email-src',
      'filename|sha256',
      'mutex',
      'regkey|value',
      'AS',
      'mac-address',
      'x509-fingerprint-sha1',
    ])
      assert.equal(ATTRIBUTE_TYPES[t]?.kind, 'stix', t);
  });

  it('escapes quotes and backslashes in pattern strings (STIX 2.1 §9.4)', () => {
    assert.equal(
      patternOf([{ scoType: 'file', path: 'name', value: "a'b\\c" }]),
      "[file:name = 'a\\'b\\\\c']",
    );
  });
});
