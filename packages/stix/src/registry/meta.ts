/**
 * @module registry/meta
 * Meta objects: language-content (§7.1), marking-definition (§7.2), extension-definition
 * (§7.3). The bundle (§8) is handled by `validate/bundle.ts`.
 */
import { nonStandardTlpReason } from '../markings/tlp.ts';
import type { TypeDefinition } from './definition.ts';

export const META_DEFINITIONS: readonly TypeDefinition[] = [
  {
    type: 'language-content',
    kind: 'sdo',
    required: ['object_ref', 'contents'],
    properties: {
      object_ref: 'ref(*)',
      object_modified: 'timestamp_ms',
      contents: 'language_contents',
    },
  },
  {
    type: 'extension-definition',
    kind: 'sdo',
    required: ['created_by_ref', 'name', 'schema', 'version', 'extension_types'],
    check: (o, ctx) => {
      const types = Array.isArray(o.extension_types) ? (o.extension_types as unknown[]) : [];
      if ('extension_properties' in o && !types.includes('toplevel-property-extension')) {
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message:
            "extension_properties is only allowed with extension type 'toplevel-property-extension'",
        });
      }
    },
    properties: {
      name: 'string',
      description: 'string',
      schema: 'string',
      version: 'string',
      extension_types:
        'list<enum(new-sdo,new-sco,new-sro,property-extension,toplevel-property-extension)>',
      extension_properties: 'list<string>',
    },
  },
  {
    type: 'marking-definition',
    kind: 'meta',
    required: ['type', 'spec_version', 'id', 'created'],
    check: (o, ctx) => {
      const hasDefinition = 'definition' in o || 'definition_type' in o;
      if (hasDefinition && !('definition' in o && 'definition_type' in o))
        ctx.report({
          ruleId: 'co-constraint',
          severity: 'error',
          message: 'definition and definition_type must be present together',
        });
      if (!hasDefinition && !('extensions' in o))
        ctx.report({
          ruleId: 'required',
          severity: 'error',
          message: 'a marking definition needs definition_type and definition, or extensions',
        });
      const nonStandard = nonStandardTlpReason(o);
      if (nonStandard !== undefined)
        ctx.report({ ruleId: 'tlp-nonstandard', severity: 'error', message: nonStandard });
      const def = o.definition;
      if (
        o.definition_type === 'statement' &&
        (typeof def !== 'object' ||
          def === null ||
          typeof (def as Record<string, unknown>).statement !== 'string')
      ) {
        ctx.report({
          ruleId: 'marking-definition',
          severity: 'error',
          path: `${ctx.path}.definition`,
          message: 'a statement marking needs definition.statement (string)',
        });
      }
      if (o.definition_type === 'tlp') {
        const tlp =
          typeof def === 'object' && def !== null
            ? (def as Record<string, unknown>).tlp
            : undefined;
        if (!['white', 'green', 'amber', 'red'].includes(String(tlp)))
          ctx.report({
            ruleId: 'marking-definition',
            severity: 'error',
            path: `${ctx.path}.definition`,
            message: 'a tlp marking needs definition.tlp of white, green, amber or red',
          });
      }
    },
    properties: {
      type: 'string',
      spec_version: 'enum(2.1)',
      id: 'identifier',
      created_by_ref: 'ref(identity)',
      created: 'timestamp_ms',
      name: 'string',
      definition_type: 'string',
      definition: 'dict',
      external_references: 'list<external_reference>',
      object_marking_refs: 'list<ref(marking-definition)>',
      granular_markings: 'list<granular_marking>',
      extensions: 'extensions',
    },
  },
];
