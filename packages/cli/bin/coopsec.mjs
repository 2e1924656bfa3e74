#!/usr/bin/env node
// The `coopsec` command: runs the compiled CLI (dist/bundle, built by `npm run build`). In a
// checkout, `npm run coopsec -- <args>` runs the TypeScript sources instead, without a build.
import { existsSync } from 'node:fs';

const main = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'coopsec: the CLI is not built (dist/bundle/main.js is missing); run `npm run build` in the checkout\n',
  );
  process.exit(3);
}
await import(main.href);
