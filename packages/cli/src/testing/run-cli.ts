/**
 * @module testing/run-cli
 * Runs the `coopsec` command in a child process, as a user would, and captures its output.
 * Tests run the TypeScript sources (no build needed): `CLI_ARGS` is what `bin/coopsec.mjs`
 * does for the compiled dist/, with tsx and the `@coopsec/source` export condition instead.
 * The compiled binary is exercised from a production install by scripts/prod-install-check.mjs.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Node arguments that run the CLI from its sources; append the CLI's own arguments. */
export const CLI_ARGS: readonly string[] = [
  '--conditions=@coopsec/source',
  '--import',
  'tsx',
  fileURLToPath(new URL('../main.ts', import.meta.url)),
];

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
      env: { ...process.env, ...options.env },
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
