/**
 * @module types/sdo
 * STIX Domain Objects and Relationship Objects (STIX 2.1 §4, §5). Open vocabularies are
 * `string`; closed enumerations are literal unions.
 */
import type { KillChainPhase, StixCommonProperties, StixId, Timestamp } from './common.ts';

type Sdo<TType extends string> = StixCommonProperties & { type: TType; id: StixId<TType> };

/** §4.1 */
export type AttackPattern = Sdo<'attack-pattern'> & {
  name: string;
  description?: string;
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
};
/** §4.2 */
export type Campaign = Sdo<'campaign'> & {
  name: string;
  description?: string;
  aliases?: string[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  objective?: string;
};
/** §4.3 */
export type CourseOfAction = Sdo<'course-of-action'> & { name: string; description?: string };
/** §4.4 */
export type Grouping = Sdo<'grouping'> & {
  name?: string;
  description?: string;
  context: string;
  object_refs: StixId[];
};
/** §4.5 */
export type Identity = Sdo<'identity'> & {
  name: string;
  description?: string;
  roles?: string[];
  identity_class?: string;
  sectors?: string[];
  contact_information?: string;
};
/** §4.6 (the stub; details come from the Incident Core extension). */
export type Incident = Sdo<'incident'> & {
  name: string;
  description?: string;
  kill_chain_phases?: KillChainPhase[];
};
/** §4.7 */
export type Indicator = Sdo<'indicator'> & {
  name?: string;
  description?: string;
  indicator_types?: string[];
  pattern: string;
  pattern_type: string;
  pattern_version?: string;
  valid_from: Timestamp;
  valid_until?: Timestamp;
  kill_chain_phases?: KillChainPhase[];
};
/** §4.8 */
export type Infrastructure = Sdo<'infrastructure'> & {
  name: string;
  description?: string;
  infrastructure_types?: string[];
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
};
/** §4.9 */
export type IntrusionSet = Sdo<'intrusion-set'> & {
  name: string;
  description?: string;
  aliases?: string[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  goals?: string[];
  resource_level?: string;
  primary_motivation?: string;
  secondary_motivations?: string[];
};
/** §4.10 */
export type Location = Sdo<'location'> & {
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
  precision?: number;
  region?: string;
  country?: string;
  administrative_area?: string;
  city?: string;
  street_address?: string;
  postal_code?: string;
};
/** §4.11 */
export type Malware = Sdo<'malware'> & {
  name?: string;
  description?: string;
  malware_types?: string[];
  is_family: boolean;
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  operating_system_refs?: StixId<'software'>[];
  architecture_execution_envs?: string[];
  implementation_languages?: string[];
  capabilities?: string[];
  sample_refs?: StixId[];
};
/** §4.12 */
export type MalwareAnalysis = Sdo<'malware-analysis'> & {
  product: string;
  version?: string;
  host_vm_ref?: StixId<'software'>;
  operating_system_ref?: StixId<'software'>;
  installed_software_refs?: StixId<'software'>[];
  configuration_version?: string;
  modules?: string[];
  analysis_engine_version?: string;
  analysis_definition_version?: string;
  submitted?: Timestamp;
  analysis_started?: Timestamp;
  analysis_ended?: Timestamp;
  result_name?: string;
  result?: string;
  analysis_sco_refs?: StixId[];
  sample_ref?: StixId;
};
/** §4.13 */
export type Note = Sdo<'note'> & {
  abstract?: string;
  content: string;
  authors?: string[];
  object_refs: StixId[];
};
/** §4.14 */
export type ObservedData = Sdo<'observed-data'> & {
  first_observed: Timestamp;
  last_observed: Timestamp;
  number_observed: number;
  /** Deprecated in 2.1 (§4.14): embedded SCOs keyed "0", "1", … */
  objects?: Record<string, Record<string, unknown>>;
  object_refs?: StixId[];
};
/** §4.15 */
export type Opinion = Sdo<'opinion'> & {
  explanation?: string;
  authors?: string[];
  opinion: 'strongly-disagree' | 'disagree' | 'neutral' | 'agree' | 'strongly-agree';
  object_refs: StixId[];
};
/** §4.16 */
export type Report = Sdo<'report'> & {
  name: string;
  description?: string;
  report_types?: string[];
  published: Timestamp;
  object_refs: StixId[];
};
/** §4.17 */
export type ThreatActor = Sdo<'threat-actor'> & {
  name: string;
  description?: string;
  threat_actor_types?: string[];
  aliases?: string[];
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  roles?: string[];
  goals?: string[];
  sophistication?: string;
  resource_level?: string;
  primary_motivation?: string;
  secondary_motivations?: string[];
  personal_motivations?: string[];
};
/** §4.18 */
export type Tool = Sdo<'tool'> & {
  name: string;
  description?: string;
  tool_types?: string[];
  aliases?: string[];
  kill_chain_phases?: KillChainPhase[];
  tool_version?: string;
};
/** §4.19 */
export type Vulnerability = Sdo<'vulnerability'> & { name: string; description?: string };

/** §5.1 */
export type Relationship = Sdo<'relationship'> & {
  relationship_type: string;
  description?: string;
  source_ref: StixId;
  target_ref: StixId;
  start_time?: Timestamp;
  stop_time?: Timestamp;
};
/** §5.2 */
export type Sighting = Sdo<'sighting'> & {
  description?: string;
  first_seen?: Timestamp;
  last_seen?: Timestamp;
  count?: number;
  sighting_of_ref: StixId;
  observed_data_refs?: StixId<'observed-data'>[];
  where_sighted_refs?: StixId[];
  summary?: boolean;
};

export type StixDomainObject =
  | AttackPattern
  | Campaign
  | CourseOfAction
  | Grouping
  | Identity
  | Incident
  | Indicator
  | Infrastructure
  | IntrusionSet
  | Location
  | Malware
  | MalwareAnalysis
  | Note
  | ObservedData
  | Opinion
  | Report
  | ThreatActor
  | Tool
  | Vulnerability;
export type StixRelationshipObject = Relationship | Sighting;
