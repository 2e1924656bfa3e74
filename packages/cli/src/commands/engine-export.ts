/**
 * @module commands/engine-export
 * `coopsec export suricata|zeek --indicators <file> --out <dir>`: the indicators valid now as
 * Suricata datasets, rules and IP reputation files, or a Zeek Intel file (formats in
 * `@coopsec/match` exports/engines.ts). Without an engine, `coopsec export` exports
 * assessments as before (data-io.ts).
 *
 * Exit codes: 0 written, 2 bad arguments or unreadable indicators.
 */
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoopsecError } from '@coopsec/model';
import { readBundleObjects, readJsonLines } from '@coopsec/stix';
import { suricataExport, zeekIntelExport } from '@coopsec/match';
import type { ExportIndicator } from '@coopsec/match';
import { globalOptions, type CommandLike } from '../options.ts';
import { EXIT_OK } from '../exit-codes.ts';
import { action, printJson } from '../output.ts';
import { exportAction } from './data-io.ts';

export const ENGINES = ['suricata', 'zeek'] as const;

interface EngineFlags {
  indicators?: string;
  out?: string;
  source?: string;
  country?: string;
  format: string;
}

async function readIndicators(file: string): Promise<ExportIndicator[]> {
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const objects = /\.(jsonl|ndjson)$/i.test(file)
    ? readJsonLines(source)
    : readBundleObjects(source);
  const out: ExportIndicator[] = [];
  try {
    for await (const o of objects) {
      const i = o as { type?: unknown; id?: unknown } | null;
      if (i?.type === 'indicator' && typeof i.id === 'string') out.push(i as ExportIndicator);
    }
  } catch (error) {
    throw new CoopsecError(
      'BAD_INPUT',
      `--indicators ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return out;
}

const engineExport = action(async (engine: string, flags: EngineFlags, command: CommandLike) => {
  const json = globalOptions(command).json === true;
  if (!(ENGINES as readonly string[]).includes(engine))
    throw new CoopsecError(
      'BAD_INPUT',
      `unknown export "${engine}" (known: ${ENGINES.join(', ')}; none for assessments)`,
    );
  if (flags.indicators === undefined)
    throw new CoopsecError('BAD_INPUT', `coopsec export ${engine} needs --indicators <file>`);
  if (flags.out === undefined)
    throw new CoopsecError('BAD_INPUT', `coopsec export ${engine} needs --out <directory>`);
  const indicators = await readIndicators(flags.indicators);
  const options = {
    now: Date.now(),
    ...(flags.source !== undefined ? { source: flags.source } : {}),
  };
  const result =
    engine === 'suricata'
      ? suricataExport(indicators, options)
      : zeekIntelExport(indicators, options);
  mkdirSync(flags.out, { recursive: true });
  for (const [name, text] of Object.entries(result.files))
    writeFileSync(join(flags.out, name), text);
  const summary = {
    engine,
    read: indicators.length,
    exported: result.exported,
    skipped: result.skipped,
    files: Object.keys(result.files).map((f) => join(flags.out ?? '', f)),
  };
  if (json) printJson(summary);
  else {
    process.stdout.write(
      `${engine}: ${result.exported} of ${indicators.length} indicators exported to ${flags.out}\n`,
    );
    for (const [why, n] of Object.entries(result.skipped))
      process.stdout.write(`  skipped ${n}: ${why}\n`);
  }
  return EXIT_OK;
});

/** `coopsec export [engine]`: an engine's files, or assessments when no engine is named. */
export async function exportDispatch(
  engine: string | undefined,
  flags: EngineFlags,
  command: CommandLike,
): Promise<void> {
  if (engine === undefined) await exportAction(flags, command);
  else await engineExport(engine, flags, command);
}
