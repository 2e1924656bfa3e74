/**
 * @module pattern/testing/fuzz
 * Deterministic pattern mutator shared by the fuzz test and the benchmark: a seeded PRNG
 * (mulberry32) and mutations that delete, insert, duplicate, swap and truncate pieces of
 * valid patterns, biased towards characters and keywords that matter to the grammar.
 *
 * @example
 * const next = mutator(42); next(); // a mutated pattern, the same sequence on every run
 */

/** mulberry32: small, fast, good enough to spread test inputs; not for cryptography. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Valid patterns covering every construct; the mutator starts from these. */
export const SEED_PATTERNS: readonly string[] = [
  "[ipv4-addr:value = '198.51.100.1']",
  "[ipv4-addr:value ISSUBSET '198.51.100.0/24' OR ipv6-addr:value ISSUBSET '2001:db8::/32']",
  "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
  "[file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4' AND file:size > 1024]",
  "[domain-name:value = 'example.com'] FOLLOWEDBY [url:value LIKE 'http://example.com/%']",
  "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']",
  "([file:name = 'foo.dll'] AND [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) OR [process:name = 'fooproc' OR process:name = 'procfoo']",
  "[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] REPEATS 5 TIMES WITHIN 1800 SECONDS",
  "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' = 'gzip']",
  "[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8' AND file:x_bin != b'AQIDBA==']",
  "[(file:name = 'pdf.exe' OR file:size = 371712) AND file:created = t'2014-01-13T07:03:17Z']",
  "[user-account:account_type IN ('unix', 'windows-local') AND NOT EXISTS user-account:is_disabled]",
  "[x509-certificate:issuer NOT LIKE 'CN=%' ] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.5Z'",
  "[file:extensions.'windows-pebinary-ext'.sections[0].entropy >= 7.5]",
];

const TOKENS = [
  '[',
  ']',
  '(',
  ')',
  "'",
  "\\'",
  '\\\\',
  '\\',
  ':',
  '.',
  ',',
  '=',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  '*',
  '[*]',
  '[0]',
  '-',
  '+',
  '0',
  '7',
  '.5',
  ' AND ',
  ' OR ',
  ' NOT ',
  ' FOLLOWEDBY ',
  ' IN ',
  ' LIKE ',
  ' MATCHES ',
  ' ISSUBSET ',
  ' ISSUPERSET ',
  ' EXISTS ',
  ' WITHIN 5 SECONDS',
  ' REPEATS 2 TIMES',
  " START t'2020-01-01T00:00:00Z' STOP t'2020-01-02T00:00:00Z'",
  "t'",
  "h'",
  "b'",
  'true',
  'null',
  '/*',
  '*/',
  '//',
  '\n',
  ' ',
  '\u00a0',
  'file:name',
  "'SHA-256'",
  'é',
  '\u0000',
];

/** Returns a generator of mutated patterns; the same seed gives the same sequence. */
export function mutator(seed: number): () => string {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const at = (s: string) => Math.floor(rand() * (s.length + 1));
  const mutateOnce = (s: string): string => {
    const i = at(s);
    switch (Math.floor(rand() * 6)) {
      case 0: // delete a run
        return s.slice(0, i) + s.slice(Math.min(s.length, i + 1 + Math.floor(rand() * 4)));
      case 1: // insert a token
        return s.slice(0, i) + pick(TOKENS) + s.slice(i);
      case 2: {
        // duplicate a slice
        const j = at(s);
        const [a, b] = i < j ? [i, j] : [j, i];
        return s.slice(0, b) + s.slice(a, b) + s.slice(b);
      }
      case 3: // truncate
        return s.slice(0, i);
      case 4: // replace one character
        return s.slice(0, i) + String.fromCharCode(32 + Math.floor(rand() * 95)) + s.slice(i + 1);
      default: // splice two seeds
        return s.slice(0, i) + pick(SEED_PATTERNS).slice(at(pick(SEED_PATTERNS)));
    }
  };
  return () => {
    let s = pick(SEED_PATTERNS);
    const rounds = 1 + Math.floor(rand() * 4);
    for (let r = 0; r < rounds; r++) s = mutateOnce(s);
    return s;
  };
}
