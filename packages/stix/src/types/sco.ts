/**
 * @module types/sco
 * STIX Cyber-observable Objects (STIX 2.1 §6). References are STIX ids in 2.1; inside the
 * deprecated `observed-data.objects` they are local keys, hence `string`.
 */
import type { Extensions, Hashes, ScoCommonProperties, StixId, Timestamp } from './common.ts';

type Sco<TType extends string> = ScoCommonProperties & { type: TType; id: StixId<TType> };
type Ref = string;

/** §6.1 */
export type Artifact = Sco<'artifact'> & {
  mime_type?: string;
  payload_bin?: string;
  url?: string;
  hashes?: Hashes;
  encryption_algorithm?: string;
  decryption_key?: string;
};
/** §6.2 */
export type AutonomousSystem = Sco<'autonomous-system'> & {
  number: number;
  name?: string;
  rir?: string;
};
/** §6.3 */
export type Directory = Sco<'directory'> & {
  path: string;
  path_enc?: string;
  ctime?: Timestamp;
  mtime?: Timestamp;
  atime?: Timestamp;
  contains_refs?: Ref[];
};
/** §6.4 */
export type DomainName = Sco<'domain-name'> & { value: string; resolves_to_refs?: Ref[] };
/** §6.5 */
export type EmailAddr = Sco<'email-addr'> & {
  value: string;
  display_name?: string;
  belongs_to_ref?: Ref;
};
/** §6.6.2 */
export interface EmailMimePart {
  body?: string;
  body_raw_ref?: Ref;
  content_type?: string;
  content_disposition?: string;
  [custom: string]: unknown;
}
/** §6.6 */
export type EmailMessage = Sco<'email-message'> & {
  is_multipart: boolean;
  date?: Timestamp;
  content_type?: string;
  from_ref?: Ref;
  sender_ref?: Ref;
  to_refs?: Ref[];
  cc_refs?: Ref[];
  bcc_refs?: Ref[];
  message_id?: string;
  subject?: string;
  received_lines?: string[];
  additional_header_fields?: Record<string, string | string[]>;
  body?: string;
  body_multipart?: EmailMimePart[];
  raw_email_ref?: Ref;
};
/** §6.7 */
export type File = Sco<'file'> & {
  extensions?: Extensions;
  hashes?: Hashes;
  size?: number;
  name?: string;
  name_enc?: string;
  magic_number_hex?: string;
  mime_type?: string;
  ctime?: Timestamp;
  mtime?: Timestamp;
  atime?: Timestamp;
  parent_directory_ref?: Ref;
  contains_refs?: Ref[];
  content_ref?: Ref;
};
/** §6.8 */
export type Ipv4Addr = Sco<'ipv4-addr'> & {
  value: string;
  resolves_to_refs?: Ref[];
  belongs_to_refs?: Ref[];
};
/** §6.9 */
export type Ipv6Addr = Sco<'ipv6-addr'> & {
  value: string;
  resolves_to_refs?: Ref[];
  belongs_to_refs?: Ref[];
};
/** §6.10 */
export type MacAddr = Sco<'mac-addr'> & { value: string };
/** §6.11 */
export type Mutex = Sco<'mutex'> & { name: string };
/** §6.12 */
export type NetworkTraffic = Sco<'network-traffic'> & {
  start?: Timestamp;
  end?: Timestamp;
  is_active?: boolean;
  src_ref?: Ref;
  dst_ref?: Ref;
  src_port?: number;
  dst_port?: number;
  protocols: string[];
  src_byte_count?: number;
  dst_byte_count?: number;
  src_packets?: number;
  dst_packets?: number;
  ipfix?: Record<string, string | number>;
  src_payload_ref?: Ref;
  dst_payload_ref?: Ref;
  encapsulates_refs?: Ref[];
  encapsulated_by_ref?: Ref;
};
/** §6.13 */
export type Process = Sco<'process'> & {
  is_hidden?: boolean;
  pid?: number;
  created_time?: Timestamp;
  cwd?: string;
  command_line?: string;
  environment_variables?: Record<string, string>;
  opened_connection_refs?: Ref[];
  creator_user_ref?: Ref;
  image_ref?: Ref;
  parent_ref?: Ref;
  child_refs?: Ref[];
};
/** §6.14 */
export type Software = Sco<'software'> & {
  name: string;
  cpe?: string;
  swid?: string;
  languages?: string[];
  vendor?: string;
  version?: string;
};
/** §6.15 */
export type Url = Sco<'url'> & { value: string };
/** §6.16 */
export type UserAccount = Sco<'user-account'> & {
  user_id?: string;
  credential?: string;
  account_login?: string;
  account_type?: string;
  display_name?: string;
  is_service_account?: boolean;
  is_privileged?: boolean;
  can_escalate_privs?: boolean;
  is_disabled?: boolean;
  account_created?: Timestamp;
  account_expires?: Timestamp;
  credential_last_changed?: Timestamp;
  account_first_login?: Timestamp;
  account_last_login?: Timestamp;
};
/** §6.17.2 */
export interface WindowsRegistryValue {
  name?: string;
  data?: string;
  data_type?: string;
  [custom: string]: unknown;
}
/** §6.17 */
export type WindowsRegistryKey = Sco<'windows-registry-key'> & {
  key?: string;
  values?: WindowsRegistryValue[];
  modified_time?: Timestamp;
  creator_user_ref?: Ref;
  number_of_subkeys?: number;
};
/** §6.18 */
export type X509Certificate = Sco<'x509-certificate'> & {
  is_self_signed?: boolean;
  hashes?: Hashes;
  version?: string;
  serial_number?: string;
  signature_algorithm?: string;
  issuer?: string;
  validity_not_before?: Timestamp;
  validity_not_after?: Timestamp;
  subject?: string;
  subject_public_key_algorithm?: string;
  subject_public_key_modulus?: string;
  subject_public_key_exponent?: number;
  x509_v3_extensions?: Record<string, string>;
};

export type StixCyberObservable =
  | Artifact
  | AutonomousSystem
  | Directory
  | DomainName
  | EmailAddr
  | EmailMessage
  | File
  | Ipv4Addr
  | Ipv6Addr
  | MacAddr
  | Mutex
  | NetworkTraffic
  | Process
  | Software
  | Url
  | UserAccount
  | WindowsRegistryKey
  | X509Certificate;
