/**
 * @module validate/vocabularies
 * STIX 2.1 open vocabularies (§10). Values outside them are allowed but SHOULD be avoided,
 * so they produce warnings; each vocabulary's rule id names it.
 */

const v = (s: string): ReadonlySet<string> => new Set(s.split(' '));

export const VOCABULARIES = {
  'attack-motivation': v(
    'accidental coercion dominance ideology notoriety organizational-gain personal-gain personal-satisfaction revenge unpredictable',
  ),
  'attack-resource-level': v('individual club contest team organization government'),
  'grouping-context': v('suspicious-activity malware-analysis unspecified'),
  'identity-class': v('individual group system organization class unknown'),
  'implementation-languages': v(
    'applescript bash c c++ c# go java javascript lua objective-c perl php powershell python ruby scala swift typescript visual-basic x86-32 x86-64',
  ),
  'indicator-types': v(
    'anomalous-activity anonymization benign compromised malicious-activity attribution unknown',
  ),
  'industry-sector': v(
    'agriculture aerospace automotive chemical commercial communications construction defense education energy entertainment financial-services government emergency-services government-local government-national government-public-services government-regional healthcare hospitality-leisure infrastructure dams nuclear water insurance manufacturing mining non-profit pharmaceuticals retail technology telecommunications transportation utilities',
  ),
  'infrastructure-types': v(
    'amplification anonymization botnet command-and-control control-system exfiltration firewall hosting-malware hosting-target-lists phishing reconnaissance routers-switches staging workstation unknown',
  ),
  'malware-types': v(
    'adware backdoor bot bootkit ddos downloader dropper exploit-kit keylogger ransomware remote-access-trojan resource-exploitation rogue-security-software rootkit screen-capture spyware trojan unknown virus webshell wiper worm',
  ),
  'malware-result': v('malicious suspicious benign unknown'),
  'malware-capabilities': v(
    'accesses-remote-machines anti-debugging anti-disassembly anti-emulation anti-memory-forensics anti-sandbox anti-vm captures-input-peripherals captures-output-peripherals captures-system-state-data cleans-traces-of-infection commits-fraud communicates-with-c2 compromises-data-availability compromises-data-integrity compromises-system-availability controls-local-machine degrades-security-software degrades-system-updates determines-c2-server emails-spam escalates-privileges evades-av exfiltrates-data fingerprints-host hides-artifacts hides-executing-code infects-files infects-remote-machines installs-other-components persists-after-system-reboot prevents-artifact-access prevents-artifact-deletion probes-network-environment self-modifies steals-authentication-credentials violates-system-operational-integrity',
  ),
  'processor-architecture': v('alpha arm ia-64 mips powerpc sparc x86 x86-64'),
  'report-types': v(
    'attack-pattern campaign identity indicator intrusion-set malware observed-data threat-actor threat-report tool vulnerability',
  ),
  'threat-actor-types': v(
    'activist competitor crime-syndicate criminal hacker insider-accidental insider-disgruntled nation-state sensationalist spy terrorist unknown',
  ),
  'threat-actor-role': v(
    'agent director independent infrastructure-architect infrastructure-operator malware-author sponsor',
  ),
  'threat-actor-sophistication': v('none minimal intermediate advanced expert innovator strategic'),
  'tool-types': v(
    'denial-of-service exploitation information-gathering network-capture credential-exploitation remote-access vulnerability-scanning unknown',
  ),
  region: v(
    'africa eastern-africa middle-africa northern-africa southern-africa western-africa americas latin-america-caribbean south-america caribbean central-america northern-america asia central-asia eastern-asia southern-asia south-eastern-asia western-asia europe eastern-europe northern-europe southern-europe western-europe oceania antarctica australia-new-zealand melanesia micronesia polynesia',
  ),
  'indicator-pattern-types': v('stix pcre sigma snort suricata yara'),
  'account-type': v(
    'facebook ldap nis openid radius skype tacacs twitter unix windows-local windows-domain',
  ),
  'windows-pebinary-type': v('dll exe sys'),
  'marking-definition-type': v('statement tlp'),
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/** Which property of which type uses which vocabulary. */
export const VOCABULARY_USES: Readonly<Record<string, Readonly<Record<string, VocabularyName>>>> = {
  grouping: { context: 'grouping-context' },
  identity: { identity_class: 'identity-class', sectors: 'industry-sector' },
  indicator: { indicator_types: 'indicator-types', pattern_type: 'indicator-pattern-types' },
  infrastructure: { infrastructure_types: 'infrastructure-types' },
  'intrusion-set': {
    resource_level: 'attack-resource-level',
    primary_motivation: 'attack-motivation',
    secondary_motivations: 'attack-motivation',
  },
  location: { region: 'region' },
  malware: {
    malware_types: 'malware-types',
    implementation_languages: 'implementation-languages',
    architecture_execution_envs: 'processor-architecture',
    capabilities: 'malware-capabilities',
  },
  'malware-analysis': { result: 'malware-result' },
  report: { report_types: 'report-types' },
  'threat-actor': {
    threat_actor_types: 'threat-actor-types',
    roles: 'threat-actor-role',
    sophistication: 'threat-actor-sophistication',
    resource_level: 'attack-resource-level',
    primary_motivation: 'attack-motivation',
    secondary_motivations: 'attack-motivation',
    personal_motivations: 'attack-motivation',
  },
  tool: { tool_types: 'tool-types' },
  'user-account': { account_type: 'account-type' },
  'marking-definition': { definition_type: 'marking-definition-type' },
};
