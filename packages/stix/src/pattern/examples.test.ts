/**
 * Every pattern in the OASIS example files (/work/shared/data/stix2-json-schemas/examples)
 * parses, explains and passes checkPattern; the §9 specification examples parse too.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkPattern } from './check.ts';
import { explainPattern } from './explain.ts';
import { parsePattern } from './parser.ts';

const EXAMPLES = '/work/shared/data/stix2-json-schemas/examples';

function collectPatterns(value: unknown, out: string[]): string[] {
  if (Array.isArray(value)) for (const v of value) collectPatterns(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'pattern' && typeof v === 'string') out.push(v);
      else collectPatterns(v, out);
    }
  }
  return out;
}

// Examples written in STIX 2.1 §9 (text of the specification's example patterns).
const SPEC_EXAMPLES = [
  "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
  "[file:hashes.'SHA-256' = 'bf07a7fbb825fc0aae7bf4a1177b2b31fcf8a3feeaf7092761e18c859ee52a9c' OR file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND [file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  "([file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) WITHIN 300 SECONDS",
  "[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND artifact:payload_bin MATCHES '\\\\xd4\\\\xc3\\\\xb2\\\\xa1\\\\x02\\\\x00\\\\x04\\\\x00']",
  "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
  "[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']",
  "[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] REPEATS 5 TIMES WITHIN 1800 SECONDS",
  "[(file:name = 'pdf.exe' OR file:size = '371712') AND file:created = t'2014-01-13T07:03:17Z']",
  "[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachine Root$'] FOLLOWEDBY [process:command_line MATCHES'^.+>-add GlobalSign.cer -c -s -r localMachineTrustedPublisher$'] WITHIN 300 SECONDS",
  "[network-traffic:dst_ref.value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']",
  "([file:name = 'foo.dll'] AND [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) OR [process:name = 'fooproc' OR process:name = 'procfoo']",
  "[ipv4-addr:value = '203.0.113.1' OR ipv4-addr:value = '203.0.113.2'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
  "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip']",
];

describe('example patterns', () => {
  it(
    'parses every pattern of the OASIS example files',
    { skip: !existsSync(EXAMPLES) && 'examples not present' },
    () => {
      const files = readdirSync(EXAMPLES, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.json'));
      const patterns = files.flatMap((f) =>
        collectPatterns(JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')), []),
      );
      assert.ok(patterns.length >= 40, `found only ${patterns.length} patterns`);
      for (const p of patterns) {
        const { ast } = parsePattern(p);
        assert.ok(explainPattern(ast).length > 0);
        assert.deepEqual(checkPattern(p), [], p);
      }
    },
  );
  it('parses the specification examples', () => {
    for (const p of SPEC_EXAMPLES) assert.deepEqual(checkPattern(p), [], p);
  });
});
