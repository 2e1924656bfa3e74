/**
 * @module federation/testing/processes
 * Nodes as separate `coopsec serve` processes (the CLI from source), each on its own database,
 * for tests that kill a node with SIGKILL and start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../../cli/src/main.ts', import.meta.url));
const CLOCK_SKEW = fileURLToPath(new URL('./clock-skew.mjs', import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

export interface NodeProcess {
  readonly url: string;
  readonly port: number;
  /** stderr so far (the server's own messages; never keys after the first start). */
  readonly log: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `coopsec --db <db> serve --no-web` on `port` and waits until TAXII answers. */
export async function startNodeProcess(options: {
  db: string;
  port: number;
  env: NodeJS.ProcessEnv;
  /** Extra Node options, e.g. --cpu-prof (benchmarks). */
  nodeArgs?: readonly string[];
}): Promise<NodeProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      '--conditions=@coopsec/source',
      '--import',
      'tsx',
      '--import',
      CLOCK_SKEW,
      CLI,
      '--db',
      options.db,
      'serve',
      '--no-web',
      '--host',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--log-level',
      'warn',
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node exited with ${child.exitCode}: ${log}`);
    try {
      const response = await fetch(`${url}/taxii2/`, {
        headers: { accept: 'application/taxii+json;version=2.1' },
      });
      await response.arrayBuffer();
      if (response.status === 401 || response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`node did not start in 60 s: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    port: options.port,
    log: () => log,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
