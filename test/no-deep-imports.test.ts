/**
 * The lint rule against deep imports across packages (issue 12, item 5): `@coopsec/x/src/...`
 * and relative paths into another package are refused; imports inside a package, through
 * exports, or of the repository's scripts pass.
 */
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { RuleTester, type Rule } from 'eslint';
// @ts-expect-error plain ESM rule without types
import { noDeepImports } from '../scripts/eslint/no-deep-imports.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = process.cwd();
const options = [{ root }];
const inWeb = join(root, 'packages', 'web', 'test', 'fixture.ts');
const inServer = join(root, 'packages', 'server', 'src', 'taxii', 'taxii.pg.test.ts');

new RuleTester().run('no-deep-imports', noDeepImports as Rule.RuleModule, {
  valid: [
    { code: "import { startServer } from '@coopsec/server';", filename: inWeb, options },
    { code: "import { x } from '@coopsec/store/testing/postgres';", filename: inServer, options },
    { code: "import { x } from '../rest/routes/admin.ts';", filename: inServer, options },
    { code: "import { x } from '../../../scripts/build-web.mjs';", filename: inWeb, options },
  ],
  invalid: [
    {
      code: "import { startServer } from '../../server/src/start.ts';",
      filename: inWeb,
      options,
      errors: [{ messageId: 'crossPath' }],
    },
    {
      code: "export * from '../../../store/src/testing/postgres.ts';",
      filename: inServer,
      options,
      errors: [{ messageId: 'crossPath' }],
    },
    {
      code: "import { x } from '@coopsec/stix/src/validate/index.ts';",
      filename: inServer,
      options,
      errors: [{ messageId: 'deep' }],
    },
    {
      code: "const m = import('@coopsec/model/dist/index.js');",
      filename: inServer,
      options,
      errors: [{ messageId: 'deep' }],
    },
  ],
});
