// Types for the two entry points of @secvisogram/csaf-validator-lib 2.0.10 that coopsec uses
// (the package ships JavaScript with JSDoc, no declarations for these paths).
declare module '@secvisogram/csaf-validator-lib/schemaTests.js' {
  import type { CsafTestResult } from '@secvisogram/csaf-validator-lib/mandatoryTests.js';
  export const csaf_2_0: (doc: unknown) => CsafTestResult;
}
declare module '@secvisogram/csaf-validator-lib/mandatoryTests.js' {
  export interface CsafTestResult {
    readonly isValid?: boolean;
    readonly errors?: readonly { readonly instancePath: string; readonly message?: string }[];
  }
  const tests: Record<string, (doc: unknown) => CsafTestResult>;
  export = tests;
}
