/**
 * @module validate/relationships
 * Suggested relationship types between SDOs (STIX 2.1 §4.x "Relationships" tables, Appendix B).
 * Other combinations are allowed but SHOULD be avoided: rule `relationship-types`.
 */
import { SDO_TYPES } from '../registry/index.ts';
import { child, type Ctx } from './context.ts';

const COMMON = new Set(['derived-from', 'duplicate-of', 'related-to']);
const SCO_NET = ['ipv4-addr', 'ipv6-addr', 'domain-name', 'url'];
const TARGETS = ['identity', 'location', 'vulnerability'];
const USES = ['attack-pattern', 'infrastructure', 'malware', 'tool'];

const TABLE: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'attack-pattern': { delivers: ['malware'], targets: TARGETS, uses: ['malware', 'tool'] },
  campaign: {
    'attributed-to': ['intrusion-set', 'threat-actor'],
    compromises: ['infrastructure'],
    'originates-from': ['location'],
    targets: TARGETS,
    uses: USES,
  },
  'course-of-action': {
    investigates: ['indicator'],
    mitigates: ['attack-pattern', 'indicator', 'malware', 'tool', 'vulnerability'],
    remediates: ['malware', 'vulnerability'],
  },
  identity: { 'located-at': ['location'] },
  indicator: {
    indicates: [
      'attack-pattern',
      'campaign',
      'infrastructure',
      'intrusion-set',
      'malware',
      'threat-actor',
      'tool',
    ],
    'based-on': ['observed-data'],
  },
  infrastructure: {
    'communicates-with': ['infrastructure', ...SCO_NET],
    'consists-of': ['infrastructure', 'observed-data'],
    controls: ['infrastructure', 'malware'],
    delivers: ['malware'],
    has: ['vulnerability'],
    hosts: ['tool', 'malware'],
    'located-at': ['location'],
    uses: ['infrastructure'],
  },
  'intrusion-set': {
    'attributed-to': ['threat-actor'],
    compromises: ['infrastructure'],
    hosts: ['infrastructure'],
    owns: ['infrastructure'],
    'originates-from': ['location'],
    targets: TARGETS,
    uses: USES,
  },
  malware: {
    'authored-by': ['threat-actor', 'intrusion-set'],
    'beacons-to': ['infrastructure'],
    'exfiltrates-to': ['infrastructure'],
    'communicates-with': SCO_NET,
    controls: ['malware'],
    downloads: ['malware', 'tool', 'file'],
    drops: ['malware', 'tool', 'file'],
    exploits: ['vulnerability'],
    'originates-from': ['location'],
    targets: ['identity', 'infrastructure', 'location', 'vulnerability'],
    uses: USES,
    'variant-of': ['malware'],
  },
  'malware-analysis': {
    characterizes: ['malware'],
    'analysis-of': ['malware'],
    'static-analysis-of': ['malware'],
    'dynamic-analysis-of': ['malware'],
  },
  'threat-actor': {
    'attributed-to': ['identity'],
    compromises: ['infrastructure'],
    hosts: ['infrastructure'],
    owns: ['infrastructure'],
    impersonates: ['identity'],
    'located-at': ['location'],
    targets: TARGETS,
    uses: USES,
  },
  tool: {
    delivers: ['malware'],
    drops: ['malware'],
    has: ['vulnerability'],
    targets: ['identity', 'infrastructure', 'location', 'vulnerability'],
    uses: ['infrastructure'],
  },
};

const typeOf = (ref: unknown): string | undefined =>
  typeof ref === 'string' && ref.includes('--') ? ref.slice(0, ref.indexOf('--')) : undefined;

export function checkRelationshipType(
  object: Record<string, unknown>,
  ctx: Ctx,
  path: string,
): void {
  if (!ctx.should('relationship-types')) return;
  const type = object.relationship_type;
  const source = typeOf(object.source_ref);
  const target = typeOf(object.target_ref);
  if (typeof type !== 'string' || source === undefined || target === undefined) return;
  if (COMMON.has(type) || !SDO_TYPES.has(source) || !SDO_TYPES.has(target)) return;
  const at = child(path, 'relationship_type');
  const forSource = TABLE[source];
  if (forSource === undefined)
    return ctx.warn('relationship-types', at, `${source} is not a suggested relationship source`);
  const targets = forSource[type];
  if (targets === undefined)
    return ctx.warn(
      'relationship-types',
      at,
      `'${type}' is not a suggested relationship for ${source}`,
    );
  if (!targets.includes(target))
    ctx.warn(
      'relationship-types',
      at,
      `${target} is not a suggested target of ${source} '${type}'`,
    );
}
