/**
 * @module registry/sdo
 * Declarative definitions of the 19 SDOs and 2 SROs (STIX 2.1 §4, §5). Common properties
 * (§3.2) are added by the compiler; only type-specific ones are listed here.
 */
import type { TypeDefinition } from './definition.ts';
import { compareTimestamps, looksLikeTimestamp } from '../validate/primitives.ts';

const KCP = 'list<kill_chain_phase>';
const STRS = 'list<string>';
/** Any SDO or SCO (custom types allowed): relationship ends, §5.1. */
const SDO_OR_SCO = 'ref(@sdo,@sco)';

const bothOrNeither =
  (a: string, b: string): TypeDefinition['check'] =>
  (object, ctx) => {
    if (a in object !== b in object)
      ctx.report({
        ruleId: 'co-constraint',
        severity: 'error',
        message: `${a} and ${b} must be present together`,
      });
  };

/** `later` must not precede `earlier` when both are present (STIX 2.1 §4.x "MUST be ≥"). */
export const ordered =
  (earlier: string, later: string, strict = false): TypeDefinition['check'] =>
  (object, ctx) => {
    const a = object[earlier];
    const b = object[later];
    if (typeof a !== 'string' || typeof b !== 'string') return;
    const order = compareTimestamps(b, a);
    if ((strict ? order <= 0 : order < 0) && looksLikeTimestamp(a) && looksLikeTimestamp(b)) {
      ctx.report({
        ruleId: 'time-order',
        severity: 'error',
        path: `${ctx.path}.${later}`,
        message: `${later} must be ${strict ? 'later than' : 'later than or equal to'} ${earlier}`,
      });
    }
  };

const all =
  (...checks: TypeDefinition['check'][]): TypeDefinition['check'] =>
  (object, ctx) => {
    for (const check of checks) check?.(object, ctx);
  };

export const SDO_DEFINITIONS: readonly TypeDefinition[] = [
  {
    type: 'attack-pattern',
    kind: 'sdo',
    required: ['name'],
    properties: { name: 'string', description: 'string', aliases: STRS, kill_chain_phases: KCP },
  },
  {
    type: 'campaign',
    kind: 'sdo',
    required: ['name'],
    check: ordered('first_seen', 'last_seen'),
    properties: {
      name: 'string',
      description: 'string',
      aliases: STRS,
      first_seen: 'timestamp',
      last_seen: 'timestamp',
      objective: 'string',
    },
  },
  {
    type: 'course-of-action',
    kind: 'sdo',
    required: ['name'],
    properties: { name: 'string', description: 'string' },
  },
  {
    type: 'grouping',
    kind: 'sdo',
    required: ['context', 'object_refs'],
    properties: {
      name: 'string',
      description: 'string',
      context: 'string',
      object_refs: 'list<ref(*)>',
    },
  },
  {
    type: 'identity',
    kind: 'sdo',
    required: ['name'],
    properties: {
      name: 'string',
      description: 'string',
      roles: STRS,
      identity_class: 'string',
      sectors: STRS,
      contact_information: 'string',
    },
  },
  {
    type: 'incident',
    kind: 'sdo',
    required: ['name'],
    properties: { name: 'string', description: 'string', kill_chain_phases: KCP },
  },
  {
    type: 'indicator',
    kind: 'sdo',
    required: ['pattern', 'pattern_type', 'valid_from'],
    check: ordered('valid_from', 'valid_until', true),
    properties: {
      name: 'string',
      description: 'string',
      indicator_types: STRS,
      pattern: 'string',
      pattern_type: 'string',
      pattern_version: 'string',
      valid_from: 'timestamp',
      valid_until: 'timestamp',
      kill_chain_phases: KCP,
    },
  },
  {
    type: 'infrastructure',
    kind: 'sdo',
    required: ['name'],
    check: ordered('first_seen', 'last_seen'),
    properties: {
      name: 'string',
      description: 'string',
      infrastructure_types: STRS,
      aliases: STRS,
      kill_chain_phases: KCP,
      first_seen: 'timestamp',
      last_seen: 'timestamp',
    },
  },
  {
    type: 'intrusion-set',
    kind: 'sdo',
    required: ['name'],
    check: ordered('first_seen', 'last_seen'),
    properties: {
      name: 'string',
      description: 'string',
      aliases: STRS,
      first_seen: 'timestamp',
      last_seen: 'timestamp',
      goals: STRS,
      resource_level: 'string',
      primary_motivation: 'string',
      secondary_motivations: STRS,
    },
  },
  {
    type: 'location',
    kind: 'sdo',
    anyOf: [['region', 'country', 'latitude']],
    check: all(bothOrNeither('latitude', 'longitude'), (object, ctx) => {
      if ('precision' in object && !('latitude' in object))
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'precision requires latitude and longitude',
        });
    }),
    properties: {
      name: 'string',
      description: 'string',
      latitude: 'number(-90,90)',
      longitude: 'number(-180,180)',
      precision: 'number(0,)',
      region: 'string',
      country: 'string',
      administrative_area: 'string',
      city: 'string',
      street_address: 'string',
      postal_code: 'string',
    },
  },
  {
    type: 'malware',
    kind: 'sdo',
    required: ['is_family'],
    check: all(ordered('first_seen', 'last_seen'), (object, ctx) => {
      if (object.is_family === true && !('name' in object))
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'name is required when is_family is true',
        });
    }),
    properties: {
      name: 'string',
      description: 'string',
      malware_types: STRS,
      is_family: 'boolean',
      aliases: STRS,
      kill_chain_phases: KCP,
      first_seen: 'timestamp',
      last_seen: 'timestamp',
      operating_system_refs: 'list<ref(software)>',
      architecture_execution_envs: STRS,
      implementation_languages: STRS,
      capabilities: STRS,
      sample_refs: 'list<ref(file,artifact)>',
    },
  },
  {
    type: 'malware-analysis',
    kind: 'sdo',
    required: ['product'],
    anyOf: [['result', 'analysis_sco_refs']],
    properties: {
      product: 'string',
      version: 'string',
      host_vm_ref: 'ref(software)',
      operating_system_ref: 'ref(software)',
      installed_software_refs: 'list<ref(software)>',
      configuration_version: 'string',
      modules: STRS,
      analysis_engine_version: 'string',
      analysis_definition_version: 'string',
      submitted: 'timestamp',
      analysis_started: 'timestamp',
      analysis_ended: 'timestamp',
      result_name: 'string',
      result: 'string',
      analysis_sco_refs: 'list<ref(@sco)>',
      sample_ref: 'ref(file,artifact,network-traffic)',
    },
  },
  {
    type: 'note',
    kind: 'sdo',
    required: ['content', 'object_refs'],
    properties: {
      abstract: 'string',
      content: 'string',
      authors: STRS,
      object_refs: 'list<ref(*)>',
    },
  },
  {
    type: 'observed-data',
    kind: 'sdo',
    required: ['first_observed', 'last_observed', 'number_observed'],
    check: all(ordered('first_observed', 'last_observed'), (object, ctx) => {
      if ('objects' in object === 'object_refs' in object)
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'exactly one of objects and object_refs must be present',
        });
    }),
    properties: {
      first_observed: 'timestamp',
      last_observed: 'timestamp',
      number_observed: 'integer(1,999999999)',
      objects: 'observables',
      object_refs: 'list<ref(@sco,relationship,sighting)>',
    },
  },
  {
    type: 'opinion',
    kind: 'sdo',
    required: ['opinion', 'object_refs'],
    properties: {
      explanation: 'string',
      authors: STRS,
      opinion: 'enum(strongly-disagree,disagree,neutral,agree,strongly-agree)',
      object_refs: 'list<ref(*)>',
    },
  },
  {
    type: 'report',
    kind: 'sdo',
    required: ['name', 'published', 'object_refs'],
    properties: {
      name: 'string',
      description: 'string',
      report_types: STRS,
      published: 'timestamp',
      object_refs: 'list<ref(*)>',
    },
  },
  {
    type: 'threat-actor',
    kind: 'sdo',
    required: ['name'],
    check: ordered('first_seen', 'last_seen'),
    properties: {
      name: 'string',
      description: 'string',
      threat_actor_types: STRS,
      aliases: STRS,
      first_seen: 'timestamp',
      last_seen: 'timestamp',
      roles: STRS,
      goals: STRS,
      sophistication: 'string',
      resource_level: 'string',
      primary_motivation: 'string',
      secondary_motivations: STRS,
      personal_motivations: STRS,
    },
  },
  {
    type: 'tool',
    kind: 'sdo',
    required: ['name'],
    properties: {
      name: 'string',
      description: 'string',
      tool_types: STRS,
      aliases: STRS,
      kill_chain_phases: KCP,
      tool_version: 'string',
    },
  },
  {
    type: 'vulnerability',
    kind: 'sdo',
    required: ['name'],
    properties: { name: 'string', description: 'string' },
  },
  {
    type: 'relationship',
    kind: 'sro',
    required: ['relationship_type', 'source_ref', 'target_ref'],
    check: ordered('start_time', 'stop_time', true),
    properties: {
      relationship_type: 'relationship_type',
      description: 'string',
      source_ref: SDO_OR_SCO,
      target_ref: SDO_OR_SCO,
      start_time: 'timestamp',
      stop_time: 'timestamp',
    },
  },
  {
    type: 'sighting',
    kind: 'sro',
    required: ['sighting_of_ref'],
    check: ordered('first_seen', 'last_seen'),
    properties: {
      description: 'string',
      first_seen: 'timestamp',
      last_seen: 'timestamp',
      count: 'integer(0,999999999)',
      sighting_of_ref: 'ref(@sdo)',
      observed_data_refs: 'list<ref(observed-data)>',
      where_sighted_refs: 'list<ref(identity,location)>',
      summary: 'boolean',
    },
  },
];
