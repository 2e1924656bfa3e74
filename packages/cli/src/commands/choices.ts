/**
 * @module commands/choices
 * The values that help texts list (`--framework`, `--format`, …), spelled out here so that
 * declaring the commands (X.command.ts) needs no @coopsec/model import. choices.test.ts checks
 * that each list equals the model's.
 */
export const HELP_COMPONENT_IDS = [
  'infrastructure',
  'regulatory',
  'human-resources',
  'cooperation',
  'digital-literacy',
] as const;
export const HELP_COVERAGE_FRAMEWORKS = ['csf-2.0', 'iso27001-2013', 'iso27001-2022'] as const;
export const HELP_GRAPH_FORMATS = ['json', 'dot', 'mermaid'] as const;
export const REGIONS = ['central-asia'] as const;
