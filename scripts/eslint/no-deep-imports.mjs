// ESLint rule: a package is used only through its `package.json#exports` (STYLE.md convention
// 2). Refuses `@coopsec/<pkg>/src/...` (or `/dist/...`) and relative paths that leave the
// importing file's package for another one under packages/ (`../../store/src/testing/x.ts`).
import { dirname, relative, resolve, sep } from 'node:path';

const DEEP = /^@coopsec\/[^/]+\/(src|dist)(\/|$)/;

/** The workspace package a path lies in (`packages/<name>/…`), or undefined outside packages/. */
function packageOf(root, path) {
  const parts = relative(root, path).split(sep);
  return parts[0] === 'packages' && parts.length > 2 ? parts[1] : undefined;
}

export const noDeepImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another workspace package only through its exports' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, required: ['root'] }],
    messages: {
      deep: "Deep import '{{spec}}': import @coopsec/{{pkg}} through its package.json exports.",
      crossPath:
        "Relative import '{{spec}}' reaches into packages/{{pkg}}: import @coopsec/{{pkg}} through its package.json exports.",
    },
  },
  create(context) {
    const root = context.options[0].root;
    const from = packageOf(root, context.filename);
    const check = (node) => {
      const spec = node?.type === 'Literal' ? node.value : undefined;
      if (typeof spec !== 'string') return;
      if (DEEP.test(spec)) {
        context.report({ node, messageId: 'deep', data: { spec, pkg: spec.split('/')[1] } });
        return;
      }
      if (!spec.startsWith('.') || from === undefined) return;
      const to = packageOf(root, resolve(dirname(context.filename), spec));
      if (to !== undefined && to !== from)
        context.report({ node, messageId: 'crossPath', data: { spec, pkg: to } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'no-deep-imports': noDeepImports } };
