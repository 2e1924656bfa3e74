/**
 * @module commands/match
 * `coopsec match <file|->`: reads a sensor log line by line (gzip detected by its magic bytes),
 * turns each record into an observation with the parsers of `@coopsec/match`, matches it
 * against the indicators of `--indicators`, and reports hits aggregated per indicator (count,
 * first_seen, last_seen). Malformed lines are counted and listed with their numbers; they never
 * stop the run. `--sightings` writes one STIX `sighting` per indicator hit (STIX 2.1 §5.2).
 *
 * Validity (valid_from / valid_until) is judged at each record's own time (or now, for records
 * without one), so replaying old logs uses the indicators valid back then.
 *
 * Exit codes: 0 done (hits or not), 2 bad arguments or unreadable input.
 *
 * @example
 * coopsec match eve.json.gz --indicators feed.json --sightings out.json --sighted-by "CERT-X"
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CoopsecError } from '@coopsec/model';
import { readBundleObjects, readJsonLines } from '@coopsec/stix';
import {
  BUNDLED_DECAY_MODELS,
  BUNDLED_WARNING_LIST_IDS,
  createParser,
  detectFormat,
  FORMATS,
  isBundledDecayModel,
  isBundledWarningList,
  isInputFormat,
  loadBundledWarningList,
  Matcher,
  ObservationReader,
  parseDecayModel,
  parseWarningList,
  WarningLists,
} from '@coopsec/match';
import type { Atom, DecayModel, FieldMapping, LineParser, SuppressedHit } from '@coopsec/match';
import { globalOptions, type CommandLike } from '../options.ts';
import { EXIT_OK } from '../exit-codes.ts';
import { action, formatTable, printJson } from '../output.ts';
import { startProgress } from '../progress.ts';

interface MatchFlags {
  indicators: string;
  format?: string;
  mapping?: string;
  sightings?: string;
  sightedBy?: string;
  warninglists?: string;
  decay?: string;
}

interface Aggregate {
  count: number;
  first: number;
  last: number;
  example: Atom;
  /** Decay score at the last hit, when --decay is on. */
  score?: number;
}

const bad = (message: string, cause?: unknown): CoopsecError =>
  new CoopsecError('BAD_INPUT', message, cause === undefined ? undefined : { cause });

async function loadIndicators(file: string, matcher: Matcher) {
  const counts = { indicators: 0, fast: 0, slow: 0, ignored: 0 };
  const reasons = new Map<string, number>();
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  const objects = /\.(jsonl|ndjson)$/i.test(file)
    ? readJsonLines(source)
    : readBundleObjects(source);
  try {
    for await (const o of objects) {
      if (typeof o !== 'object' || o === null) continue;
      const ind = o as { type?: unknown; id?: unknown };
      if (ind.type !== 'indicator' || typeof ind.id !== 'string') continue;
      counts.indicators++;
      const r = matcher.upsert({ ...ind, id: ind.id });
      if (r.path === 'fast') counts.fast++;
      else if (r.path === 'slow') counts.slow++;
      else if (r.status === 'ignored' || r.status === 'removed') {
        counts.ignored++;
        const why = (r.reason ?? r.status).replace(/ at \d+:\d+$/, '');
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
      }
    }
  } catch (error) {
    throw bad(
      `--indicators ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  }
  return { ...counts, ignoredReasons: Object.fromEntries(reasons) };
}

/** `--warninglists`: "bundled", ids of bundled lists, or list.json files, comma-separated. */
async function readWarningLists(spec: string | undefined): Promise<WarningLists | undefined> {
  if (spec === undefined) return undefined;
  const lists = new WarningLists();
  const items = spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const item of items) {
    if (item === 'bundled') {
      for (const id of BUNDLED_WARNING_LIST_IDS) lists.add(id, await loadBundledWarningList(id));
    } else if (isBundledWarningList(item)) lists.add(item, await loadBundledWarningList(item));
    else if (/\.json$/i.test(item)) {
      try {
        const data = parseWarningList(JSON.parse(readFileSync(item, 'utf8')), item);
        lists.add(item.replace(/^.*[\\/]/, '').replace(/\.json$/i, ''), data);
      } catch (error) {
        throw bad(
          `--warninglists ${error instanceof Error ? error.message : String(error)}`,
          error,
        );
      }
    } else
      throw bad(
        `--warninglists: unknown list "${item}" (known: bundled, ${BUNDLED_WARNING_LIST_IDS.join(', ')}, or a .json file)`,
      );
  }
  return lists;
}

function readDecay(spec: string | undefined): DecayModel | undefined {
  if (spec === undefined) return undefined;
  if (isBundledDecayModel(spec)) return BUNDLED_DECAY_MODELS[spec];
  if (!/\.json$/i.test(spec))
    throw bad(
      `--decay: unknown model "${spec}" (known: ${Object.keys(BUNDLED_DECAY_MODELS).join(', ')}, or a .json file)`,
    );
  try {
    return parseDecayModel(JSON.parse(readFileSync(spec, 'utf8')), spec);
  } catch (error) {
    throw bad(`--decay ${error instanceof Error ? error.message : String(error)}`, error);
  }
}

function readMapping(file: string | undefined): FieldMapping | undefined {
  if (file === undefined) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as FieldMapping;
    if (typeof m !== 'object' || m === null || typeof m.fields !== 'object')
      throw new Error('expected {"fields": {…}, "time": "…"}');
    return m;
  } catch (error) {
    throw bad(
      `--mapping ${file}: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  }
}

/** The file's bytes, gunzipped when they start with the gzip magic (1f 8b, RFC 1952 §2.3.1). */
async function* inputChunks(file: string, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  const raw: AsyncIterable<Buffer> =
    file === '-'
      ? (process.stdin as AsyncIterable<Buffer>)
      : createReadStream(file, { highWaterMark: 1 << 20 });
  const it = raw[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done === true) return;
  const head: Buffer = first.value;
  async function* counted(): AsyncGenerator<Buffer> {
    onBytes(head.length);
    yield head;
    for (let r = await it.next(); r.done !== true; r = await it.next()) {
      onBytes(r.value.length);
      yield r.value;
    }
  }
  if (head[0] === 0x1f && head[1] === 0x8b)
    yield* Readable.from(counted()).pipe(createGunzip()) as AsyncIterable<Buffer>;
  else yield* counted();
}

async function* linesOf(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      yield text.slice(start, nl);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

/** A pretty-printed STIX bundle is one JSON document, not lines: its objects, one per "line". */
async function* bundleAsLines(lines: AsyncIterable<string>): AsyncGenerator<string> {
  async function* text(): AsyncGenerator<string> {
    for await (const l of lines) yield `${l}\n`;
  }
  for await (const o of readBundleObjects(text())) yield JSON.stringify(o);
}

function chooseParser(
  format: string | undefined,
  sample: string[],
  mapping: FieldMapping | undefined,
): { format: string; parser: LineParser } {
  if (format !== undefined) {
    if (!isInputFormat(format))
      throw bad(`unknown --format "${format}" (known: ${FORMATS.join(', ')})`);
    return { format, parser: createParser(format, mapping) };
  }
  const d = detectFormat(sample);
  if ('error' in d) throw bad(`cannot detect the input format: ${d.error}`);
  return { format: d.format, parser: createParser(d.format, mapping) };
}

function sightingsBundle(hits: Map<string, Aggregate>, sightedBy: string): unknown {
  const now = new Date().toISOString();
  const objects: unknown[] = [];
  let identity = sightedBy;
  if (!/^identity--[0-9a-f-]{36}$/.test(sightedBy)) {
    identity = `identity--${randomUUID()}`;
    objects.push({
      type: 'identity',
      spec_version: '2.1',
      id: identity,
      created: now,
      modified: now,
      name: sightedBy,
      identity_class: 'organization',
    });
  }
  for (const [ref, a] of hits)
    objects.push({
      type: 'sighting',
      spec_version: '2.1',
      id: `sighting--${randomUUID()}`,
      created: now,
      modified: now,
      sighting_of_ref: ref,
      // STIX 2.1 §5.2: count is at most 999,999,999
      count: Math.min(a.count, 999_999_999),
      first_seen: new Date(a.first).toISOString(),
      last_seen: new Date(a.last).toISOString(),
      where_sighted_refs: [identity],
    });
  return { type: 'bundle', id: `bundle--${randomUUID()}`, objects };
}

export const matchAction = action(async (file: string, flags: MatchFlags, command: CommandLike) => {
  const json = globalOptions(command).json === true;
  if (flags.sightings !== undefined && flags.sightedBy === undefined)
    throw bad(
      '--sightings needs --sighted-by (the identity that saw the hits: where_sighted_refs)',
    );
  if (flags.format !== undefined && !isInputFormat(flags.format))
    throw bad(`unknown --format "${flags.format}" (known: ${FORMATS.join(', ')})`);
  const mapping = readMapping(flags.mapping);
  const warningLists = await readWarningLists(flags.warninglists);
  const decay = readDecay(flags.decay);
  const suppressedBy = new Map<string, number>();
  const onSuppressed = (h: SuppressedHit): void => {
    const s = h.suppression;
    const key = s.by === 'warninglist' ? `warninglist ${s.warninglist.list}` : `decay ${s.model}`;
    suppressedBy.set(key, (suppressedBy.get(key) ?? 0) + 1);
  };
  const matcher = new Matcher({
    ...(warningLists !== undefined ? { warningLists } : {}),
    ...(decay !== undefined ? { decay } : {}),
    onSuppressed,
  });
  const loaded = await loadIndicators(flags.indicators, matcher);

  let size: number | undefined;
  if (file !== '-')
    try {
      size = statSync(file).size;
    } catch (error) {
      throw bad(
        `${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        error,
      );
    }
  let bytes = 0;
  const progress = startProgress('matching', { json });
  const started = performance.now();
  const hits = new Map<string, Aggregate>();
  let hitCount = 0;
  let reader: ObservationReader | undefined;
  let format: string | undefined = flags.format;
  try {
    let lines: AsyncIterable<string> = linesOf(inputChunks(file, (n) => (bytes += n)));
    const iterator = lines[Symbol.asyncIterator]();
    const sample: string[] = [];
    for (let r = await iterator.next(); r.done !== true; r = await iterator.next()) {
      sample.push(r.value);
      if (sample.filter((l) => l.trim() !== '').length >= 20) break;
    }
    const firstLine = sample.find((l) => l.trim() !== '')?.trim() ?? '';
    const rest = { [Symbol.asyncIterator]: () => iterator };
    async function* all(): AsyncGenerator<string> {
      yield* sample;
      yield* rest;
    }
    lines = all();
    let parser: LineParser;
    if (
      (format === undefined || format === 'stix') &&
      /^[{[]$|^\{\s*"type"\s*:\s*"bundle"/.test(firstLine) &&
      !firstLine.endsWith('}')
    ) {
      format = 'stix';
      parser = createParser('stix');
      lines = bundleAsLines(lines);
    } else ({ format, parser } = chooseParser(format, sample, mapping));
    reader = new ObservationReader(parser);
    for await (const line of lines) {
      const o = reader.line(line);
      if (reader.lines % 65_536 === 0 && size !== undefined) progress.update(bytes, size);
      if (o === undefined) continue;
      const found = matcher.match(o);
      if (found.length === 0) continue;
      const t = o.time ?? Date.now();
      for (const h of found) {
        hitCount++;
        const a = hits.get(h.indicatorId);
        if (a === undefined)
          hits.set(h.indicatorId, {
            count: 1,
            first: t,
            last: t,
            example: h.matched,
            ...(h.score !== undefined ? { score: h.score } : {}),
          });
        else {
          a.count++;
          if (t < a.first) a.first = t;
          if (t >= a.last) {
            a.last = t;
            if (h.score !== undefined) a.score = h.score;
          }
        }
      }
    }
  } catch (error) {
    if (error instanceof CoopsecError) throw error;
    throw bad(
      `${file === '-' ? 'stdin' : file} cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      error,
    );
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  if (flags.sightings !== undefined && flags.sightedBy !== undefined)
    writeFileSync(
      flags.sightings,
      `${JSON.stringify(sightingsBundle(hits, flags.sightedBy), null, 2)}\n`,
    );

  const perIndicator = [...hits].map(([indicator, a]) => ({
    indicator,
    count: a.count,
    first_seen: new Date(a.first).toISOString(),
    last_seen: new Date(a.last).toISOString(),
    matched: a.example,
    ...(a.score !== undefined ? { score: a.score } : {}),
  }));
  perIndicator.sort((x, y) => y.count - x.count);
  const summary = {
    file,
    format,
    indicators: loaded,
    lines: reader?.lines ?? 0,
    observations: reader?.observations ?? 0,
    malformed: { count: reader?.malformedCount ?? 0, lines: reader?.malformed ?? [] },
    hits: hitCount,
    suppressed: {
      count: [...suppressedBy.values()].reduce((x, y) => x + y, 0),
      by: Object.fromEntries(suppressedBy),
    },
    ...(warningLists !== undefined ? { warninglists: warningLists.ids } : {}),
    ...(decay !== undefined ? { decay: decay.id } : {}),
    seconds: Number(seconds.toFixed(3)),
    perIndicator,
    ...(flags.sightings !== undefined ? { sightings: flags.sightings } : {}),
  };
  if (json) {
    printJson(summary);
    return EXIT_OK;
  }
  const out = process.stdout;
  out.write(
    `${summary.lines} lines (${format}), ${summary.observations} observations, ${summary.malformed.count} malformed, ${hitCount} hits on ${hits.size} indicators in ${seconds.toFixed(1)} s\n`,
  );
  out.write(
    `indicators: ${loaded.indicators} read, ${loaded.fast} fast path, ${loaded.slow} pattern evaluator, ${loaded.ignored} ignored\n`,
  );
  for (const [why, n] of Object.entries(loaded.ignoredReasons))
    out.write(`  ignored ${n}: ${why}\n`);
  if (summary.suppressed.count > 0)
    out.write(
      `suppressed ${summary.suppressed.count} hits: ${Object.entries(summary.suppressed.by)
        .map(([k, n]) => `${n} by ${k}`)
        .join(', ')}\n`,
    );
  for (const m of summary.malformed.lines.slice(0, 10))
    out.write(`  line ${m.line}: ${m.reason}\n`);
  if (summary.malformed.count > 10)
    out.write(
      `  … ${summary.malformed.count - 10} more malformed lines (--json lists up to 1000)\n`,
    );
  if (perIndicator.length > 0)
    out.write(
      `${formatTable(
        ['indicator', 'count', 'first_seen', 'last_seen', 'matched', ...(decay ? ['score'] : [])],
        perIndicator
          .slice(0, 50)
          .map((p) => [
            p.indicator,
            p.count,
            p.first_seen,
            p.last_seen,
            `${p.matched.type} ${p.matched.value}`,
            ...(decay ? [p.score ?? ''] : []),
          ]),
      )}\n`,
    );
  if (flags.sightings !== undefined)
    out.write(`sightings: ${hits.size} written to ${flags.sightings}\n`);
  return EXIT_OK;
});
