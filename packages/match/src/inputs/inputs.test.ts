import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Observation } from '../observation.ts';
import { createParser, detectFormat, FORMATS } from './formats.ts';
import { ObservationReader, timeOf } from './reader.ts';

function read(format: string, lines: string[]): { obs: Observation[]; reader: ObservationReader } {
  const reader = new ObservationReader(createParser(format));
  const obs: Observation[] = [];
  for (const l of lines) {
    const o = reader.line(l);
    if (o !== undefined) obs.push(o);
  }
  return { obs, reader };
}
const values = (o: Observation | undefined) => o?.atoms.map((a) => `${a.type}=${a.value}`);

describe('Suricata EVE', () => {
  const lines = [
    '{"timestamp":"2026-06-01T10:00:00.123456+0000","event_type":"dns","src_ip":"10.0.0.5","dest_ip":"198.51.100.53","dns":{"type":"query","rrname":"evil.example","rrtype":"A"}}',
    '{"timestamp":"2026-06-01T10:00:01+0000","event_type":"dns","src_ip":"10.0.0.5","dest_ip":"198.51.100.53","dns":{"version":3,"queries":[{"rrname":"q.example"}],"answers":[{"rrname":"q.example","rrtype":"A","rdata":"203.0.113.9"}]}}',
    '{"timestamp":"2026-06-01T10:00:02+0000","event_type":"http","src_ip":"10.0.0.5","dest_ip":"203.0.113.9","http":{"hostname":"www.example.com","url":"/a?b=1","http_port":8080}}',
    '{"timestamp":"2026-06-01T10:00:03+0000","event_type":"tls","src_ip":"2001:db8::5","dest_ip":"2001:db8::443","tls":{"sni":"secure.example"}}',
    '{"timestamp":"2026-06-01T10:00:04+0000","event_type":"fileinfo","src_ip":"203.0.113.9","dest_ip":"10.0.0.5","fileinfo":{"md5":"79054025255fb1a26e4bc422aef54eb4","sha256":"' +
      'ab'.repeat(32) +
      '"}}',
    '{"timestamp":"2026-06-01T10:00:05+0000","event_type":"alert","src_ip":"10.0.0.5","dest_ip":"203.0.113.9","alert":{"signature":"x"}}',
    '{"timestamp":"2026-06-01T10:00:06+0000","event_type":"flow","src_ip":"10.0.0.5","dest_ip":"203.0.113.10"}',
    '{not json',
    '{"no":"event type"}',
    '',
  ];
  it('reads each event type and counts malformed lines with their numbers', () => {
    const { obs, reader } = read('eve', lines);
    assert.equal(obs.length, 7);
    assert.equal(obs[0]?.time, Date.parse('2026-06-01T10:00:00.123Z'));
    assert.deepEqual(values(obs[0]), [
      'ipv4-addr=10.0.0.5',
      'ipv4-addr=198.51.100.53',
      'domain-name=evil.example',
    ]);
    assert.deepEqual(values(obs[1])?.slice(2), ['domain-name=q.example', 'ipv4-addr=203.0.113.9']);
    assert.deepEqual(values(obs[2])?.slice(2), [
      'domain-name=www.example.com',
      'url=http://www.example.com:8080/a?b=1',
    ]);
    assert.deepEqual(values(obs[3]), [
      'ipv6-addr=2001:db8::5',
      'ipv6-addr=2001:db8::443',
      'domain-name=secure.example',
    ]);
    assert.deepEqual(values(obs[4])?.slice(2), [
      'file:hashes.MD5=79054025255fb1a26e4bc422aef54eb4',
      `file:hashes.SHA-256=${'ab'.repeat(32)}`,
    ]);
    assert.equal(reader.malformedCount, 2);
    assert.deepEqual(
      reader.malformed.map((m) => m.line),
      [8, 9],
    );
    assert.match(reader.malformed[0]?.reason ?? '', /not JSON/);
    assert.deepEqual(detectFormat(lines), { format: 'eve' });
  });
});

describe('Zeek', () => {
  it('TSV with its #fields header, unset and set fields', () => {
    const tsv = [
      '#separator \\x09',
      '#set_separator\t,',
      '#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tquery\tanswers',
      '#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tvector[string]',
      '1780308000.5\tC1\t10.0.0.5\t5353\t198.51.100.53\t53\tevil.example\t203.0.113.9,cname.example',
      '1780308001.0\tC2\t10.0.0.5\t5353\t198.51.100.53\t53\t-\t-',
      'short\tline',
    ];
    const { obs, reader } = read('zeek', tsv);
    assert.equal(obs.length, 2);
    assert.equal(obs[0]?.time, 1780308000500);
    assert.deepEqual(values(obs[0]), [
      'ipv4-addr=10.0.0.5',
      'ipv4-addr=198.51.100.53',
      'domain-name=evil.example',
      'ipv4-addr=203.0.113.9',
      'domain-name=cname.example',
    ]);
    assert.deepEqual(values(obs[1]), ['ipv4-addr=10.0.0.5', 'ipv4-addr=198.51.100.53']);
    assert.deepEqual(
      reader.malformed.map((m) => m.line),
      [7],
    );
    assert.deepEqual(detectFormat(tsv), { format: 'zeek' });
  });
  it('JSON (http.log)', () => {
    const line =
      '{"ts":1780308000.0,"uid":"C3","id.orig_h":"10.0.0.5","id.resp_h":"203.0.113.9","id.resp_p":80,"host":"www.example.com","uri":"/x"}';
    const { obs } = read('zeek', [line]);
    assert.deepEqual(values(obs[0]), [
      'ipv4-addr=10.0.0.5',
      'ipv4-addr=203.0.113.9',
      'domain-name=www.example.com',
      'url=http://www.example.com/x',
    ]);
    assert.deepEqual(detectFormat([line]), { format: 'zeek' });
  });
});

describe('JSON lines, CSV, CEF, syslog, STIX', () => {
  it('JSON lines with a custom mapping', () => {
    const reader = new ObservationReader(
      createParser('jsonl', {
        fields: { 'client.addr': 'ip', 'q.name': 'domain-name' },
        time: 'at',
      }),
    );
    const o = reader.line(
      '{"at":"2026-06-01T00:00:00Z","client":{"addr":"::ffff:10.0.0.1"},"q":{"name":"x.example"}}',
    );
    assert.deepEqual(values(o), ['ipv6-addr=::ffff:10.0.0.1', 'domain-name=x.example']);
    assert.equal(o?.time, Date.parse('2026-06-01T00:00:00Z'));
    assert.throws(
      () => createParser('jsonl', { fields: { a: 'nonsense' as never } }),
      /not one of/,
    );
  });
  it('CSV with quoted fields and a header', () => {
    const { obs, reader } = read('csv', [
      'timestamp,src_ip,url,note',
      '2026-06-01T00:00:00Z,10.0.0.1,"http://a.example/?q=1,2","say ""hi"""',
      '1,2',
    ]);
    assert.deepEqual(values(obs[0]), ['ipv4-addr=10.0.0.1', 'url=http://a.example/?q=1,2']);
    assert.deepEqual(
      reader.malformed.map((m) => m.line),
      [3],
    );
  });
  it('CEF in syslog, and plain syslog free text', () => {
    const cef =
      '<134>1 2026-06-01T00:00:00Z fw1 - - - - CEF:0|Vendor|FW|1.0|100|Blocked \\| bad|5|src=10.0.0.5 dst=203.0.113.9 dhost=evil.example request=http://evil.example/a b suser=alice@example.com';
    const { obs } = read('cef', [cef]);
    assert.deepEqual(values(obs[0]), [
      'ipv4-addr=10.0.0.5',
      'ipv4-addr=203.0.113.9',
      'domain-name=evil.example',
      'url=http://evil.example/a b',
      'email-addr=alice@example.com',
    ]);
    assert.equal(obs[0]?.time, Date.parse('2026-06-01T00:00:00Z'));
    const sys = read('syslog', [
      '<13>Jun  1 00:00:00 host sshd[1]: Failed password for root from 203.0.113.9 port 22, see https://x.example/p and 2001:db8::1',
    ]);
    assert.deepEqual(values(sys.obs[0]), [
      'ipv4-addr=203.0.113.9',
      'ipv6-addr=2001:db8::1',
      'url=https://x.example/p',
    ]);
    assert.deepEqual(detectFormat([cef]), { format: 'cef' });
  });
  it('STIX observed-data with embedded objects or object_refs', () => {
    const { obs } = read('stix', [
      '{"type":"ipv4-addr","spec_version":"2.1","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}',
      '{"type":"observed-data","spec_version":"2.1","id":"observed-data--b67d30ff-02ac-498a-92f9-32f845f448cf","first_observed":"2026-06-01T00:00:00Z","last_observed":"2026-06-01T00:00:00Z","number_observed":1,"object_refs":["ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd"]}',
      '{"type":"observed-data","first_observed":"2026-06-01T00:00:00Z","objects":{"0":{"type":"file","hashes":{"MD5":"79054025255fb1a26e4bc422aef54eb4"}}}}',
    ]);
    assert.deepEqual(values(obs[0]), ['ipv4-addr=198.51.100.3']);
    assert.deepEqual(values(obs[1]), ['file:hashes.MD5=79054025255fb1a26e4bc422aef54eb4']);
  });
  it('an unknown format is refused with the known ones; undetectable content too', () => {
    assert.throws(() => createParser('pcap'), new RegExp(`known: ${FORMATS.join(', ')}`));
    assert.match(
      String((detectFormat(['hello world']) as { error: string }).error),
      /give --format/,
    );
    assert.match(String((detectFormat(['{"a":1}']) as { error: string }).error), /field mapping/);
  });
});

describe('timestamps', () => {
  it('read by position give what Date.parse gives', () => {
    for (const t of [
      '2026-06-01T10:00:00Z',
      '2026-06-01T10:00:00.123456+0000',
      '2026-06-01T10:00:00.5-05:30',
      '2024-02-29T23:59:59.999+01:00',
      '2026-12-31 23:59:59Z',
    ])
      assert.equal(timeOf(t), Date.parse(t.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')), t);
    assert.equal(timeOf('1780308000.5'), 1780308000500);
  });
});
