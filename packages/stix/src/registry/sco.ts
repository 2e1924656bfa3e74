/**
 * @module registry/sco
 * Declarative definitions of the 18 SCOs (STIX 2.1 §6) with their reference types and
 * id-contributing properties (§6.x "ID Contributing Properties"), plus the predefined SCO
 * extensions (§6.x.y). `sref(...)` names the SCO types a reference may point at.
 */
import type { TypeDefinition } from './definition.ts';

const TS = 'timestamp';
const INT = 'integer';
const STRS = 'list<string>';
const ANY_SCO = 'sref(@sco)';

export const SCO_DEFINITIONS: readonly TypeDefinition[] = [
  {
    type: 'artifact',
    kind: 'sco',
    idContributing: ['hashes', 'payload_bin'],
    check: (o, ctx) => {
      if (!('payload_bin' in o) && !('url' in o))
        ctx.report({
          ruleId: 'required',
          severity: 'error',
          message: 'one of payload_bin and url is required',
        });
      if ('payload_bin' in o && 'url' in o)
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'payload_bin and url must not both be present',
        });
      if ('url' in o && !('hashes' in o))
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'hashes is required when url is present',
        });
      if ('decryption_key' in o && !('encryption_algorithm' in o))
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'decryption_key requires encryption_algorithm',
        });
    },
    properties: {
      mime_type: 'mime',
      payload_bin: 'binary',
      url: 'url',
      hashes: 'hashes',
      encryption_algorithm: 'enum(AES-256-GCM,ChaCha20-Poly1305,mime-type-indicated)',
      decryption_key: 'string',
    },
  },
  {
    type: 'autonomous-system',
    kind: 'sco',
    required: ['number'],
    idContributing: ['number'],
    properties: { number: INT, name: 'string', rir: 'string' },
  },
  {
    type: 'directory',
    kind: 'sco',
    required: ['path'],
    idContributing: ['path'],
    properties: {
      path: 'string',
      path_enc: 'charset',
      ctime: TS,
      mtime: TS,
      atime: TS,
      contains_refs: 'list<sref(file,directory)>',
    },
  },
  {
    type: 'domain-name',
    kind: 'sco',
    required: ['value'],
    idContributing: ['value'],
    properties: {
      value: 'string',
      resolves_to_refs: 'list<sref(ipv4-addr,ipv6-addr,domain-name)>',
    },
  },
  {
    type: 'email-addr',
    kind: 'sco',
    required: ['value'],
    idContributing: ['value'],
    properties: { value: 'email', display_name: 'string', belongs_to_ref: 'sref(user-account)' },
  },
  {
    type: 'email-message',
    kind: 'sco',
    required: ['is_multipart'],
    idContributing: ['from_ref', 'subject', 'body'],
    check: (o, ctx) => {
      if (o.is_multipart === true && 'body' in o)
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'body must not be present when is_multipart is true',
        });
      if (o.is_multipart === false && 'body_multipart' in o)
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'body_multipart must not be present when is_multipart is false',
        });
    },
    properties: {
      is_multipart: 'boolean',
      date: TS,
      content_type: 'string',
      from_ref: 'sref(email-addr)',
      sender_ref: 'sref(email-addr)',
      to_refs: 'list<sref(email-addr)>',
      cc_refs: 'list<sref(email-addr)>',
      bcc_refs: 'list<sref(email-addr)>',
      message_id: 'string',
      subject: 'string',
      received_lines: STRS,
      additional_header_fields: 'dict',
      body: 'string',
      body_multipart: 'list<mime_part>',
      raw_email_ref: 'sref(artifact)',
    },
  },
  {
    type: 'file',
    kind: 'sco',
    anyOf: [['hashes', 'name']],
    idContributing: ['hashes', 'name', 'extensions', 'parent_directory_ref'],
    properties: {
      hashes: 'hashes',
      size: 'integer(0,)',
      name: 'string',
      name_enc: 'charset',
      magic_number_hex: 'hex',
      mime_type: 'string',
      ctime: TS,
      mtime: TS,
      atime: TS,
      parent_directory_ref: 'sref(directory)',
      contains_refs: 'list<sref(@sco)>',
      content_ref: 'sref(artifact)',
    },
  },
  {
    type: 'ipv4-addr',
    kind: 'sco',
    required: ['value'],
    idContributing: ['value'],
    properties: {
      value: 'ipv4',
      resolves_to_refs: 'list<sref(mac-addr)>',
      belongs_to_refs: 'list<sref(autonomous-system)>',
    },
  },
  {
    type: 'ipv6-addr',
    kind: 'sco',
    required: ['value'],
    idContributing: ['value'],
    properties: {
      value: 'ipv6',
      resolves_to_refs: 'list<sref(mac-addr)>',
      belongs_to_refs: 'list<sref(autonomous-system)>',
    },
  },
  {
    type: 'mac-addr',
    kind: 'sco',
    required: ['value'],
    idContributing: ['value'],
    properties: { value: 'mac' },
  },
  {
    type: 'mutex',
    kind: 'sco',
    required: ['name'],
    idContributing: ['name'],
    properties: { name: 'string' },
  },
  {
    type: 'network-traffic',
    kind: 'sco',
    required: ['protocols'],
    anyOf: [['src_ref', 'dst_ref']],
    idContributing: [
      'start',
      'end',
      'src_ref',
      'dst_ref',
      'src_port',
      'dst_port',
      'protocols',
      'extensions',
    ],
    check: (o, ctx) => {
      if (o.is_active === true && 'end' in o)
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'end must not be present when is_active is true',
        });
      const s = o.start;
      const e = o.end;
      if (typeof s === 'string' && typeof e === 'string' && Date.parse(e) < Date.parse(s))
        ctx.report({
          ruleId: 'time-order',
          severity: 'error',
          message: 'end must be later than or equal to start',
        });
    },
    properties: {
      start: TS,
      end: TS,
      is_active: 'boolean',
      src_ref: 'sref(ipv4-addr,ipv6-addr,mac-addr,domain-name)',
      dst_ref: 'sref(ipv4-addr,ipv6-addr,mac-addr,domain-name)',
      src_port: 'integer(0,65535)',
      dst_port: 'integer(0,65535)',
      protocols: STRS,
      src_byte_count: 'integer(0,)',
      dst_byte_count: 'integer(0,)',
      src_packets: 'integer(0,)',
      dst_packets: 'integer(0,)',
      ipfix: 'dict',
      src_payload_ref: 'sref(artifact)',
      dst_payload_ref: 'sref(artifact)',
      encapsulates_refs: 'list<sref(network-traffic)>',
      encapsulated_by_ref: 'sref(network-traffic)',
    },
  },
  {
    type: 'process',
    kind: 'sco',
    anyOf: [
      [
        'extensions',
        'is_hidden',
        'pid',
        'created_time',
        'cwd',
        'command_line',
        'environment_variables',
        'opened_connection_refs',
        'creator_user_ref',
        'image_ref',
        'parent_ref',
        'child_refs',
      ],
    ],
    idContributing: [],
    properties: {
      is_hidden: 'boolean',
      pid: INT,
      created_time: TS,
      cwd: 'string',
      command_line: 'string',
      environment_variables: 'dict<string>',
      opened_connection_refs: 'list<sref(network-traffic)>',
      creator_user_ref: 'sref(user-account)',
      image_ref: 'sref(file)',
      parent_ref: 'sref(process)',
      child_refs: 'list<sref(process)>',
    },
  },
  {
    type: 'software',
    kind: 'sco',
    required: ['name'],
    idContributing: ['name', 'cpe', 'swid', 'vendor', 'version'],
    properties: {
      name: 'string',
      cpe: 'cpe',
      swid: 'string',
      languages: 'list<iso639_2>',
      vendor: 'string',
      version: 'string',
    },
  },
  {
    type: 'url',
    kind: 'sco',
    required: ['value'],
    idContributing: ['value'],
    properties: { value: 'url' },
  },
  {
    type: 'user-account',
    kind: 'sco',
    idContributing: ['account_type', 'user_id', 'account_login'],
    properties: {
      user_id: 'string',
      credential: 'string',
      account_login: 'string',
      account_type: 'string',
      display_name: 'string',
      is_service_account: 'boolean',
      is_privileged: 'boolean',
      can_escalate_privs: 'boolean',
      is_disabled: 'boolean',
      account_created: TS,
      account_expires: TS,
      credential_last_changed: TS,
      account_first_login: TS,
      account_last_login: TS,
    },
  },
  {
    type: 'windows-registry-key',
    kind: 'sco',
    idContributing: ['key', 'values'],
    properties: {
      key: 'registry_key',
      values: 'list<registry_value>',
      modified_time: TS,
      creator_user_ref: 'sref(user-account)',
      number_of_subkeys: 'integer(0,)',
    },
  },
  {
    type: 'x509-certificate',
    kind: 'sco',
    idContributing: ['hashes', 'serial_number'],
    anyOf: [
      [
        'is_self_signed',
        'hashes',
        'version',
        'serial_number',
        'signature_algorithm',
        'issuer',
        'validity_not_before',
        'validity_not_after',
        'subject',
        'subject_public_key_algorithm',
        'subject_public_key_modulus',
        'subject_public_key_exponent',
        'x509_v3_extensions',
      ],
    ],
    properties: {
      is_self_signed: 'boolean',
      hashes: 'hashes',
      version: 'string',
      serial_number: 'string',
      signature_algorithm: 'string',
      issuer: 'string',
      validity_not_before: TS,
      validity_not_after: TS,
      subject: 'string',
      subject_public_key_algorithm: 'string',
      subject_public_key_modulus: 'string',
      subject_public_key_exponent: INT,
      x509_v3_extensions: 'struct(x509_v3_extensions)',
    },
  },
];

/** Sub-structures referenced by name in specs above (§6.6.2, §6.17.2). */
export const STRUCTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  mime_part: {
    body: 'string',
    body_raw_ref: 'sref(artifact,file)',
    content_type: 'string',
    content_disposition: 'string',
  },
  registry_value: {
    name: 'string',
    data: 'string',
    data_type:
      'enum(REG_NONE,REG_SZ,REG_EXPAND_SZ,REG_BINARY,REG_DWORD,REG_DWORD_BIG_ENDIAN,REG_DWORD_LITTLE_ENDIAN,REG_LINK,REG_MULTI_SZ,REG_RESOURCE_LIST,REG_FULL_RESOURCE_DESCRIPTION,REG_RESOURCE_REQUIREMENTS_LIST,REG_QWORD,REG_INVALID_TYPE)',
  },
  x509_v3_extensions: {
    basic_constraints: 'string',
    name_constraints: 'string',
    policy_constraints: 'string',
    key_usage: 'string',
    extended_key_usage: 'string',
    subject_key_identifier: 'string',
    authority_key_identifier: 'string',
    subject_alternative_name: 'string',
    issuer_alternative_name: 'string',
    subject_directory_attributes: 'string',
    crl_distribution_points: 'string',
    inhibit_any_policy: 'string',
    private_key_usage_period_not_before: TS,
    private_key_usage_period_not_after: TS,
    certificate_policies: 'string',
    policy_mappings: 'string',
  },
  alternate_data_stream: { name: 'string', hashes: 'hashes', size: 'integer(0,)' },
  windows_pe_section: { name: 'string', size: 'integer(0,)', entropy: 'number', hashes: 'hashes' },
  windows_pe_optional_header: {
    magic_hex: 'hex',
    major_linker_version: INT,
    minor_linker_version: INT,
    size_of_code: 'integer(0,)',
    size_of_initialized_data: 'integer(0,)',
    size_of_uninitialized_data: 'integer(0,)',
    address_of_entry_point: INT,
    base_of_code: INT,
    base_of_data: INT,
    image_base: INT,
    section_alignment: INT,
    file_alignment: INT,
    major_os_version: INT,
    minor_os_version: INT,
    major_image_version: INT,
    minor_image_version: INT,
    major_subsystem_version: INT,
    minor_subsystem_version: INT,
    win32_version_value_hex: 'hex',
    size_of_image: 'integer(0,)',
    size_of_headers: 'integer(0,)',
    checksum_hex: 'hex',
    subsystem_hex: 'hex',
    dll_characteristics_hex: 'hex',
    size_of_stack_reserve: 'integer(0,)',
    size_of_stack_commit: 'integer(0,)',
    size_of_heap_reserve: INT,
    size_of_heap_commit: INT,
    loader_flags_hex: 'hex',
    number_of_rva_and_sizes: INT,
    hashes: 'hashes',
  },
};

/** Predefined SCO extensions (§6.7.2–6.7.6, §6.12.2–6.12.5, §6.13.2–6.13.3, §6.16.2). */
export const SCO_EXTENSIONS: Readonly<
  Record<
    string,
    {
      readonly on: string;
      readonly properties: Readonly<Record<string, string>>;
      readonly anyOf?: readonly string[];
      readonly required?: readonly string[];
    }
  >
> = {
  'archive-ext': {
    on: 'file',
    required: ['contains_refs'],
    properties: { contains_refs: 'list<sref(file,directory)>', comment: 'string' },
  },
  'ntfs-ext': {
    on: 'file',
    properties: { sid: 'string', alternate_data_streams: 'list<alternate_data_stream>' },
  },
  'pdf-ext': {
    on: 'file',
    properties: {
      version: 'string',
      is_optimized: 'boolean',
      document_info_dict: 'dict<string>',
      pdfid0: 'string',
      pdfid1: 'string',
    },
  },
  'raster-image-ext': {
    on: 'file',
    properties: { image_height: INT, image_width: INT, bits_per_pixel: INT, exif_tags: 'dict' },
  },
  'windows-pebinary-ext': {
    on: 'file',
    required: ['pe_type'],
    properties: {
      pe_type: 'string',
      imphash: 'string',
      machine_hex: 'hex',
      number_of_sections: 'integer(0,)',
      time_date_stamp: TS,
      pointer_to_symbol_table_hex: 'hex',
      number_of_symbols: 'integer(0,)',
      size_of_optional_header: 'integer(0,)',
      characteristics_hex: 'hex',
      file_header_hashes: 'hashes',
      optional_header: 'struct(windows_pe_optional_header)',
      sections: 'list<windows_pe_section>',
    },
  },
  'http-request-ext': {
    on: 'network-traffic',
    required: ['request_method', 'request_value'],
    properties: {
      request_method: 'string',
      request_value: 'string',
      request_version: 'string',
      request_header: 'dict',
      message_body_length: INT,
      message_body_data_ref: 'sref(artifact)',
    },
  },
  'icmp-ext': {
    on: 'network-traffic',
    required: ['icmp_type_hex', 'icmp_code_hex'],
    properties: { icmp_type_hex: 'hex', icmp_code_hex: 'hex' },
  },
  'socket-ext': {
    on: 'network-traffic',
    required: ['address_family'],
    properties: {
      address_family:
        'enum(AF_UNSPEC,AF_INET,AF_IPX,AF_APPLETALK,AF_NETBIOS,AF_INET6,AF_IRDA,AF_BTH)',
      is_blocking: 'boolean',
      is_listening: 'boolean',
      options: 'dict<integer>',
      socket_type: 'enum(SOCK_STREAM,SOCK_DGRAM,SOCK_RAW,SOCK_RDM,SOCK_SEQPACKET)',
      socket_descriptor: 'integer(0,)',
      socket_handle: INT,
    },
  },
  'tcp-ext': {
    on: 'network-traffic',
    anyOf: ['src_flags_hex', 'dst_flags_hex'],
    properties: { src_flags_hex: 'hex', dst_flags_hex: 'hex' },
  },
  'windows-process-ext': {
    on: 'process',
    properties: {
      aslr_enabled: 'boolean',
      dep_enabled: 'boolean',
      priority: 'string',
      owner_sid: 'string',
      window_title: 'string',
      startup_info: 'dict',
      integrity_level: 'enum(low,medium,high,system)',
    },
  },
  'windows-service-ext': {
    on: 'process',
    properties: {
      service_name: 'string',
      descriptions: STRS,
      display_name: 'string',
      group_name: 'string',
      start_type:
        'enum(SERVICE_AUTO_START,SERVICE_BOOT_START,SERVICE_DEMAND_START,SERVICE_DISABLED,SERVICE_SYSTEM_ALERT)',
      service_dll_refs: 'list<sref(file)>',
      service_type:
        'enum(SERVICE_KERNEL_DRIVER,SERVICE_FILE_SYSTEM_DRIVER,SERVICE_WIN32_OWN_PROCESS,SERVICE_WIN32_SHARE_PROCESS)',
      service_status:
        'enum(SERVICE_CONTINUE_PENDING,SERVICE_PAUSE_PENDING,SERVICE_PAUSED,SERVICE_RUNNING,SERVICE_START_PENDING,SERVICE_STOP_PENDING,SERVICE_STOPPED)',
    },
  },
  'unix-account-ext': {
    on: 'user-account',
    properties: { gid: INT, groups: STRS, home_dir: 'string', shell: 'string' },
  },
};

export { ANY_SCO };
