/**
 * @module attribute-types
 * Every MISP attribute type of MISP's describeTypes.json, mapped either to STIX 2.1 pattern
 * comparisons and cyber-observable objects, to a non-STIX pattern language (STIX 2.1 §10.14
 * pattern-type-ov: yara, snort, suricata, sigma), or to NOT_MAPPED with the reason. The table
 * is ours, written from the facts of describeTypes.json (PyMISP, BSD 2-clause); the product
 * never reads that file.
 */
import { deterministicScoId } from '@coopsec/stix';

/** One comparison of a STIX pattern (§9): `<scoType>:<path> = <value>`. */
export interface Comparison {
  readonly scoType: string;
  readonly path: string;
  readonly value: string | number;
}

export type Sco = Record<string, unknown> & { readonly type: string; readonly id: string };

export type AttributeMapping =
  | {
      readonly kind: 'stix';
      readonly comparisons: (value: string) => Comparison[] | undefined;
      readonly observables: (value: string) => Sco[] | undefined;
    }
  | { readonly kind: 'foreign-pattern'; readonly patternType: string }
  | { readonly kind: 'not-mapped'; readonly reason: string };

/** An SCO with its deterministic id (STIX 2.1 §2.9). */
export function sco(body: Record<string, unknown>): Sco {
  const object = { type: String(body.type), spec_version: '2.1', ...body };
  const id = deterministicScoId(object) ?? `${object.type}--00000000-0000-5000-8000-000000000000`;
  return { ...object, id };
}

const ipType = (value: string): 'ipv4-addr' | 'ipv6-addr' =>
  value.includes(':') ? 'ipv6-addr' : 'ipv4-addr';

/** `a|b` split once at the first `|` (MISP composite types). */
function pair(value: string): [string, string] | undefined {
  const at = value.indexOf('|');
  if (at <= 0 || at === value.length - 1) return undefined;
  return [value.slice(0, at), value.slice(at + 1)];
}

const single = (scoType: string, path: string, scoProperty = path): AttributeMapping => ({
  kind: 'stix',
  comparisons: (value) => [{ scoType, path, value }],
  observables: (value) => [sco({ type: scoType, [scoProperty]: value })],
});

/** STIX hashing-algorithm-ov names (§10.7) where one exists; others keep MISP's spelling upper-cased. */
const HASHES: Readonly<Record<string, string>> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha512: 'SHA-512',
  'sha3-256': 'SHA3-256',
  'sha3-512': 'SHA3-512',
  ssdeep: 'SSDEEP',
  tlsh: 'TLSH',
  sha224: 'SHA-224',
  sha384: 'SHA-384',
  'sha512/224': 'SHA-512/224',
  'sha512/256': 'SHA-512/256',
  'sha3-224': 'SHA3-224',
  'sha3-384': 'SHA3-384',
  imphash: 'IMPHASH',
  authentihash: 'AUTHENTIHASH',
  vhash: 'VHASH',
  pehash: 'PEHASH',
  impfuzzy: 'IMPFUZZY',
  telfhash: 'TELFHASH',
  cdhash: 'CDHASH',
};

const fileHash = (algorithm: string): AttributeMapping => ({
  kind: 'stix',
  comparisons: (value) => [{ scoType: 'file', path: `hashes.'${algorithm}'`, value }],
  observables: (value) => [sco({ type: 'file', hashes: { [algorithm]: value } })],
});

const filenameHash = (algorithm: string): AttributeMapping => ({
  kind: 'stix',
  comparisons: (value) => {
    const p = pair(value);
    return p === undefined
      ? undefined
      : [
          { scoType: 'file', path: 'name', value: p[0] },
          { scoType: 'file', path: `hashes.'${algorithm}'`, value: p[1] },
        ];
  },
  observables: (value) => {
    const p = pair(value);
    return p === undefined
      ? undefined
      : [sco({ type: 'file', name: p[0], hashes: { [algorithm]: p[1] } })];
  },
});

const ip: AttributeMapping = {
  kind: 'stix',
  comparisons: (value) => [{ scoType: ipType(value), path: 'value', value }],
  observables: (value) => [sco({ type: ipType(value), value })],
};

const endpointPort = (endpoint: 'src' | 'dst', host: 'ip' | 'domain'): AttributeMapping => {
  const hostType = (h: string) => (host === 'ip' ? ipType(h) : 'domain-name');
  return {
    kind: 'stix',
    comparisons: (value) => {
      const p = pair(value);
      const port = p === undefined ? NaN : Number(p[1]);
      if (p === undefined || !Number.isInteger(port)) return undefined;
      return [
        { scoType: 'network-traffic', path: `${endpoint}_ref.value`, value: p[0] },
        { scoType: 'network-traffic', path: `${endpoint}_port`, value: port },
      ];
    },
    observables: (value) => {
      const p = pair(value);
      const port = p === undefined ? NaN : Number(p[1]);
      if (p === undefined || !Number.isInteger(port)) return undefined;
      const address = sco({ type: hostType(p[0]), value: p[0] });
      // network-traffic MUST name a protocol (§6.12); MISP gives none, so the network layer.
      const traffic = sco({
        type: 'network-traffic',
        [`${endpoint}_ref`]: address.id,
        [`${endpoint}_port`]: port,
        protocols: [host === 'ip' ? address.type.slice(0, 4) : 'ipv4'],
      });
      return [address, traffic];
    },
  };
};

const domainIp: AttributeMapping = {
  kind: 'stix',
  comparisons: (value) => {
    const p = pair(value);
    return p === undefined
      ? undefined
      : [
          { scoType: 'domain-name', path: 'value', value: p[0] },
          { scoType: 'domain-name', path: 'resolves_to_refs[*].value', value: p[1] },
        ];
  },
  observables: (value) => {
    const p = pair(value);
    if (p === undefined) return undefined;
    const address = sco({ type: ipType(p[1]), value: p[1] });
    return [address, sco({ type: 'domain-name', value: p[0], resolves_to_refs: [address.id] })];
  },
};

const registryValue: AttributeMapping = {
  kind: 'stix',
  comparisons: (value) => {
    const p = pair(value);
    return p === undefined
      ? undefined
      : [
          { scoType: 'windows-registry-key', path: 'key', value: p[0] },
          { scoType: 'windows-registry-key', path: 'values[*].data', value: p[1] },
        ];
  },
  observables: (value) => {
    const p = pair(value);
    return p === undefined
      ? undefined
      : [sco({ type: 'windows-registry-key', key: p[0], values: [{ data: p[1] }] })];
  },
};

const autonomousSystem: AttributeMapping = {
  kind: 'stix',
  comparisons: (value) => {
    const n = Number(value.replace(/^AS/i, ''));
    return Number.isInteger(n)
      ? [{ scoType: 'autonomous-system', path: 'number', value: n }]
      : undefined;
  },
  observables: (value) => {
    const n = Number(value.replace(/^AS/i, ''));
    return Number.isInteger(n) ? [sco({ type: 'autonomous-system', number: n })] : undefined;
  },
};

const emailMessage = (property: string): AttributeMapping => ({
  kind: 'stix',
  comparisons: (value) => [{ scoType: 'email-message', path: property, value }],
  // is_multipart is required (§6.6); a single-property MISP attribute says nothing of parts.
  observables: (value) => [sco({ type: 'email-message', is_multipart: false, [property]: value })],
});

const x509Hash = (algorithm: string): AttributeMapping => ({
  kind: 'stix',
  comparisons: (value) => [{ scoType: 'x509-certificate', path: `hashes.'${algorithm}'`, value }],
  observables: (value) => [sco({ type: 'x509-certificate', hashes: { [algorithm]: value } })],
});

const software: AttributeMapping = {
  kind: 'stix',
  comparisons: (value) => [{ scoType: 'software', path: 'cpe', value }],
  // software.name is required (§6.14); the CPE string is the only name MISP gives.
  observables: (value) => [sco({ type: 'software', name: value, cpe: value })],
};

const notMapped = (reason: string): AttributeMapping => ({ kind: 'not-mapped', reason });

const REASONS = {
  noSco:
    'no STIX 2.1 cyber-observable property holds this value (STIX 2.1 §6 has no such object or property)',
  person:
    'a fact about a person (identity or travel data), not an observable; STIX has no SCO for it',
  financial:
    'financial identifiers have no STIX 2.1 core SCO (only a third-party extension), so no pattern',
  scalar: 'a bare scalar (number, date, text) names no object to observe',
  fragment:
    'a fragment of a larger observable (port, header, MIME part) whose STIX object needs properties MISP does not give',
  fingerprint: 'a network or TLS fingerprint with no STIX 2.1 property (JA3, JARM, HASSH, favicon)',
  foreignRule: 'a detection rule in a language outside STIX pattern-type-ov (§10.14)',
  account:
    'an account name with no service-specific STIX property (user-account needs account_type semantics MISP does not carry)',
  sdo: 'describes a STIX domain object (threat actor, campaign, vulnerability), not an observable; not converted yet',
} as const;

const group = (types: readonly string[], mapping: AttributeMapping) =>
  Object.fromEntries(types.map((t) => [t, mapping]));

/** MISP attribute type → how it becomes STIX. Every type of describeTypes.json has an entry. */
export const ATTRIBUTE_TYPES: Readonly<Record<string, AttributeMapping>> = {
  ...Object.fromEntries(Object.entries(HASHES).map(([t, a]) => [t, fileHash(a)])),
  ...Object.fromEntries(Object.entries(HASHES).map(([t, a]) => [`filename|${t}`, filenameHash(a)])),
  'malware-sample': filenameHash('MD5'),
  filename: single('file', 'name'),
  attachment: single('file', 'name'),
  'ip-src': ip,
  'ip-dst': ip,
  'ip-src|port': endpointPort('src', 'ip'),
  'ip-dst|port': endpointPort('dst', 'ip'),
  'hostname|port': endpointPort('dst', 'domain'),
  hostname: single('domain-name', 'value'),
  domain: single('domain-name', 'value'),
  'onion-address': single('domain-name', 'value'),
  'domain|ip': domainIp,
  url: single('url', 'value'),
  uri: single('url', 'value'),
  link: single('url', 'value'),
  ...group(
    [
      'email',
      'email-src',
      'email-dst',
      'target-email',
      'whois-registrant-email',
      'dns-soa-email',
      'eppn',
    ],
    single('email-addr', 'value'),
  ),
  'email-subject': emailMessage('subject'),
  'email-message-id': emailMessage('message_id'),
  'email-body': emailMessage('body'),
  mutex: single('mutex', 'name'),
  regkey: single('windows-registry-key', 'key'),
  'regkey|value': registryValue,
  AS: autonomousSystem,
  'mac-address': single('mac-addr', 'value'),
  'mac-eui-64': single('mac-addr', 'value'),
  'x509-fingerprint-md5': x509Hash('MD5'),
  'x509-fingerprint-sha1': x509Hash('SHA-1'),
  'x509-fingerprint-sha256': x509Hash('SHA-256'),
  cpe: software,
  'mime-type': single('artifact', 'mime_type'),
  'windows-service-name': {
    kind: 'stix',
    comparisons: (value) => [
      { scoType: 'process', path: "extensions.'windows-service-ext'.service_name", value },
    ],
    observables: () => undefined,
  },
  'user-agent': {
    kind: 'stix',
    comparisons: (value) => [
      {
        scoType: 'network-traffic',
        path: "extensions.'http-request-ext'.request_header.'User-Agent'",
        value,
      },
    ],
    observables: () => undefined,
  },
  'stix2-pattern': { kind: 'foreign-pattern', patternType: 'stix' },
  yara: { kind: 'foreign-pattern', patternType: 'yara' },
  snort: { kind: 'foreign-pattern', patternType: 'snort' },
  suricata: { kind: 'foreign-pattern', patternType: 'suricata' },
  sigma: { kind: 'foreign-pattern', patternType: 'sigma' },
  ...group(
    [
      'bro',
      'zeek',
      'gene',
      'kusto-query',
      'cortex',
      'pattern-in-file',
      'pattern-in-traffic',
      'pattern-in-memory',
      'filename-pattern',
    ],
    notMapped(REASONS.foreignRule),
  ),
  ...group(
    [
      'ja3-fingerprint-md5',
      'jarm-fingerprint',
      'favicon-mmh3',
      'hassh-md5',
      'hasshserver-md5',
      'community-id',
      'dom-hash',
      'ssh-fingerprint',
      'dkim',
      'dkim-signature',
    ],
    notMapped(REASONS.fingerprint),
  ),
  ...group(
    ['btc', 'dash', 'xmr', 'iban', 'bic', 'bank-account-nr', 'aba-rtn', 'bin', 'cc-number', 'prtn'],
    notMapped(REASONS.financial),
  ),
  ...group(
    [
      'first-name',
      'middle-name',
      'last-name',
      'full-name',
      'date-of-birth',
      'place-of-birth',
      'gender',
      'passport-number',
      'passport-country',
      'passport-expiration',
      'redress-number',
      'nationality',
      'visa-number',
      'issue-date-of-the-visa',
      'primary-residence',
      'country-of-residence',
      'special-service-request',
      'frequent-flyer-number',
      'travel-details',
      'payment-details',
      'place-port-of-original-embarkation',
      'place-port-of-clearance',
      'place-port-of-onward-foreign-destination',
      'passenger-name-record-locator-number',
      'identity-card-number',
      'phone-number',
      'whois-registrant-phone',
      'whois-registrant-name',
      'whois-registrant-org',
      'whois-registrar',
      'target-user',
      'target-machine',
      'target-org',
      'target-location',
      'target-external',
    ],
    notMapped(REASONS.person),
  ),
  ...group(
    [
      'float',
      'counter',
      'integer',
      'boolean',
      'datetime',
      'size-in-bytes',
      'text',
      'comment',
      'other',
      'hex',
      'uuid',
      'anonymised',
      'whois-creation-date',
      'process-state',
      'http-method',
    ],
    notMapped(REASONS.scalar),
  ),
  ...group(
    [
      'port',
      'email-header',
      'email-reply-to',
      'email-x-mailer',
      'email-mime-boundary',
      'email-thread-index',
      'email-attachment',
      'email-dst-display-name',
      'email-src-display-name',
      'cookie',
      'windows-service-displayname',
      'windows-scheduled-task',
      'named pipe',
      'pdb',
    ],
    notMapped(REASONS.fragment),
  ),
  ...group(
    [
      'github-username',
      'github-repository',
      'github-organisation',
      'jabber-id',
      'twitter-id',
      'mobile-application-id',
      'azure-application-id',
      'chrome-extension-id',
      'edge-extension-id',
      'git-commit-id',
    ],
    notMapped(REASONS.account),
  ),
  ...group(
    ['threat-actor', 'campaign-name', 'campaign-id', 'malware-type', 'vulnerability', 'weakness'],
    notMapped(REASONS.sdo),
  ),
  ...group(['pgp-public-key', 'pgp-private-key'], notMapped(REASONS.noSco)),
};

/** STIX 2.1 §9.4 string literal: backslash and single quote escaped. */
export function stixString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Comparisons as a pattern: one observation expression per SCO type (§9: the comparisons of
 * one observation expression must all be about the same object type), joined with AND.
 */
export function patternOf(comparisons: readonly Comparison[]): string {
  const byType = new Map<string, string[]>();
  for (const c of comparisons) {
    const literal = typeof c.value === 'number' ? String(c.value) : stixString(c.value);
    const list = byType.get(c.scoType) ?? [];
    list.push(`${c.scoType}:${c.path} = ${literal}`);
    byType.set(c.scoType, list);
  }
  return [...byType.values()].map((list) => `[${list.join(' AND ')}]`).join(' AND ');
}
