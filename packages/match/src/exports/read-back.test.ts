/**
 * The engines' own alerts read back: a Suricata `alert` event raised by an exported rule and a
 * Zeek intel.log line raised by an exported Intel file match the indicator they came from, so
 * `coopsec match` turns them into sightings of it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createParser } from '../inputs/formats.ts';
import { ObservationReader } from '../inputs/reader.ts';
import { Matcher } from '../matcher.ts';

const id = (n: number) => `indicator--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ind = (n: number, pattern: string) => ({
  id: id(n),
  pattern,
  pattern_type: 'stix',
  valid_from: '2026-01-01T00:00:00Z',
  modified: '2026-01-01T00:00:00Z',
});
const matcher = new Matcher();
matcher.upsert(ind(1, "[domain-name:value = 'evil.example']"));
matcher.upsert(ind(2, "[url:value = 'http://evil.example/dl.exe']"));
matcher.upsert(ind(3, "[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4']"));

const hitsOf = (format: 'eve' | 'zeek', lines: string[]) => {
  const reader = new ObservationReader(createParser(format));
  const out: string[] = [];
  for (const l of lines) {
    const o = reader.line(l);
    if (o !== undefined) for (const h of matcher.match(o)) out.push(h.indicatorId);
  }
  assert.equal(reader.malformedCount, 0, JSON.stringify(reader.malformed));
  return out;
};

describe('engine alerts read back', () => {
  it('a Suricata alert of the dataset rule (with its DNS metadata) hits the indicator', () => {
    const alert = JSON.stringify({
      timestamp: '2026-06-01T10:00:00.000000+0000',
      event_type: 'alert',
      src_ip: '10.0.0.5',
      dest_ip: '192.0.2.53',
      proto: 'UDP',
      alert: { signature_id: 9160000, signature: 'coopsec listed domain (DNS query)' },
      dns: { query: [{ rrname: 'evil.example', rrtype: 'A' }], rrname: 'evil.example' },
    });
    assert.deepEqual(hitsOf('eve', [alert]), [id(1)]);
  });
  it('Zeek intel.log lines (TSV) hit the indicators of the exported Intel file', () => {
    const log = [
      '#separator \\x09',
      '#set_separator\t,',
      '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tseen.indicator\tseen.indicator_type\tseen.where\tsources',
      '1780308000.0\tC1\t10.0.0.5\t5353\t10.0.0.1\t53\tevil.example\tIntel::DOMAIN\tDNS::IN_REQUEST\tcoopsec',
      '1780308001.0\tC2\t10.0.0.5\t5353\t10.0.0.1\t80\tevil.example/dl.exe\tIntel::URL\tHTTP::IN_URL\tcoopsec',
      '1780308002.0\tC3\t10.0.0.5\t5353\t10.0.0.1\t80\t79054025255fb1a26e4bc422aef54eb4\tIntel::FILE_HASH\tFiles::IN_HASH\tcoopsec',
    ];
    assert.deepEqual(hitsOf('zeek', log), [id(1), id(2), id(3)]);
  });
});
