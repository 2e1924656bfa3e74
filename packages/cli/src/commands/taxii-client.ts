/**
 * @module commands/taxii-client
 * `coopsec push` and `coopsec pull` against any TAXII 2.1 server (client in
 * @coopsec/server `TaxiiClient`).
 *
 *   coopsec push bundle.json --url https://hub/taxii2/default/collections/c1/objects/ --key csk_…
 *   coopsec pull --url … --key csk_… [--added-after T] [--out objects.json] [--state pull.state.json]
 *
 * Pull is resumable: after every page the cursor is saved to the state file (default
 * `<out>.state.json`) and the page is appended to `<out>.partial.jsonl`; running the same
 * command again continues where it stopped, and once complete fetches only what is new.
 */
import {
  appendFileSync,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { CoopsecError } from '@coopsec/model';
import { TaxiiClient, type PullState } from '@coopsec/server';
import { globalOptions, type CommandLike } from '../options.ts';
import { action, printJson } from '../output.ts';
import { startProgress } from '../progress.ts';

interface ConnectionOptions {
  url: string;
  key?: string;
  user?: string;
  collection?: string;
}

function client(options: ConnectionOptions): TaxiiClient {
  const key = options.key ?? process.env.COOPSEC_KEY;
  if (key === undefined || key === '')
    throw new CoopsecError('BAD_INPUT', 'an API key is needed: --key or COOPSEC_KEY');
  return new TaxiiClient({
    url: options.url,
    key,
    ...(options.user !== undefined ? { user: options.user } : {}),
    ...(options.collection !== undefined ? { collection: options.collection } : {}),
  });
}

async function readInput(path: string): Promise<unknown[]> {
  let text: string;
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new CoopsecError(
        'BAD_INPUT',
        `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const doc = JSON.parse(trimmed) as { type?: string; objects?: unknown };
      if (Array.isArray(doc.objects)) return doc.objects as unknown[];
      if (typeof doc.type === 'string') return [doc];
    } catch {
      // maybe JSON lines
    }
  }
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as unknown[];
  return trimmed
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new CoopsecError(
          'BAD_INPUT',
          `${path}: line ${i + 1} is not JSON (expected a STIX bundle, a JSON list or JSON lines)`,
        );
      }
    });
}

export const pushAction = action(
  async (path: string, options: ConnectionOptions & { chunk: string }, command: CommandLike) => {
    const json = globalOptions(command).json === true;
    const objects = await readInput(path);
    const progress = startProgress('push', { json });
    const result = await client(options).push(objects, {
      chunk: Number(options.chunk),
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    if (json) printJson(result);
    else {
      process.stdout.write(
        `pushed ${result.total} object(s): ${result.success} accepted, ${result.failure} refused\n`,
      );
      for (const f of result.failures.slice(0, 20))
        process.stdout.write(`  - ${f.id} ${f.version ?? ''}: ${f.message ?? ''}\n`);
    }
    return result.failure > 0 ? 1 : 0;
  },
);

export const pullAction = action(
  async (
    options: ConnectionOptions & {
      addedAfter?: string;
      limit: string;
      out?: string;
      state?: string;
    },
    command: CommandLike,
  ) => {
    const json = globalOptions(command).json === true;
    const taxii = client(options);
    const statePath =
      options.state ?? (options.out !== undefined ? `${options.out}.state.json` : undefined);
    const lines = options.out !== undefined && /\.(jsonl|ndjson)$/.test(options.out);
    const spool =
      options.out === undefined ? undefined : lines ? options.out : `${options.out}.partial.jsonl`;
    let state: PullState | undefined;
    if (statePath !== undefined && existsSync(statePath)) {
      state = JSON.parse(readFileSync(statePath, 'utf8')) as PullState;
      if (state.url !== taxii.objectsUrl)
        throw new CoopsecError(
          'BAD_INPUT',
          `${statePath} belongs to ${state.url}; use another --state`,
        );
    }
    const memory: unknown[] = [];
    const progress = startProgress('pull', { json });
    const result = await taxii.pull({
      ...(options.addedAfter !== undefined ? { addedAfter: options.addedAfter } : {}),
      limit: Number(options.limit),
      ...(state !== undefined ? { state } : {}),
      onPage: (objects, next) => {
        if (spool !== undefined) {
          if (objects.length > 0)
            appendFileSync(spool, `${objects.map((o) => JSON.stringify(o)).join('\n')}\n`);
        } else memory.push(...objects);
        if (statePath !== undefined) {
          writeFileSync(`${statePath}.tmp`, JSON.stringify(next));
          renameSync(`${statePath}.tmp`, statePath);
        }
        progress.update(next.received, next.received + (next.complete === true ? 0 : 1));
      },
    });
    progress.stop();
    if (options.out !== undefined && !lines && spool !== undefined) {
      const objects = existsSync(spool)
        ? readFileSync(spool, 'utf8')
            .split('\n')
            .filter((l) => l !== '')
            .map((l) => JSON.parse(l) as unknown)
        : [];
      const previous = existsSync(options.out)
        ? ((JSON.parse(readFileSync(options.out, 'utf8')) as { objects?: unknown[] }).objects ?? [])
        : [];
      writeFileSync(
        options.out,
        JSON.stringify({
          type: 'bundle',
          id: `bundle--${randomUUID()}`,
          objects: [...previous, ...objects],
        }),
      );
      rmSync(spool, { force: true });
    }
    const summary = {
      received: result.received,
      total: result.state.received,
      lastDateAdded: result.state.lastDateAdded ?? null,
      state: statePath ?? null,
    };
    if (options.out === undefined) {
      printJson({ type: 'bundle', id: `bundle--${randomUUID()}`, objects: memory });
      process.stderr.write(`coopsec: pulled ${result.received} object(s)\n`);
    } else if (json) printJson(summary);
    else
      process.stdout.write(
        `pulled ${result.received} object(s) into ${options.out} (${result.state.received} in all)\n`,
      );
  },
);
