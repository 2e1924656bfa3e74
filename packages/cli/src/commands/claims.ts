/**
 * @module commands/claims
 * `coopsec claims [--source paper]`: the claims audit. Each claim is evaluated against the
 * stored assessments and GCI figures and gets a verdict (holds / does not hold / cannot be
 * decided) with the numbers behind it.
 */
import { auditStoredClaims, nodeCountryFromEnv, toStoredClaim } from '@coopsec/app';
import { CoopsecError, parseClaimRecords, type Verdict } from '@coopsec/model';
import { ClaimRepository } from '@coopsec/store';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, printJson } from '../output.ts';
import { readUtf8File } from '../formats/text-file.ts';

const VERDICT_LABEL: Record<Verdict, string> = {
  holds: 'HOLDS',
  'does-not-hold': 'DOES NOT HOLD',
  'cannot-be-decided': 'CANNOT BE DECIDED',
};

export const claimsAction = action(async (opts: { source?: string }, command: CommandLike) => {
  const options = globalOptions(command);
  const audit = await withStore(options, (store) =>
    auditStoredClaims(store, {
      // The same setting `coopsec serve` reads: measured claims are decided alike.
      nodeCountry: nodeCountryFromEnv(process.env),
      ...(opts.source === undefined ? {} : { source: opts.source }),
    }),
  );
  if (options.json === true) {
    printJson(audit);
    return;
  }
  if (audit.claims.length === 0) {
    process.stdout.write(
      `No claims${opts.source === undefined ? '' : ` in set "${opts.source}"`}.\n`,
    );
    return;
  }
  for (const a of audit.claims) {
    process.stdout.write(`[${VERDICT_LABEL[a.verdict]}] ${a.record.id}\n`);
    process.stdout.write(`  “${a.record.quote}” — ${a.location}\n`);
    if (a.record.reading !== undefined) process.stdout.write(`  reading: ${a.record.reading}\n`);
    process.stdout.write(`  ${a.explanation}\n`);
    const numbers = Object.entries(a.numbers)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('; ');
    if (numbers !== '') process.stdout.write(`  numbers: ${numbers}\n`);
    process.stdout.write('\n');
  }
  const s = audit.summary;
  process.stdout.write(
    `${s.total} claims: ${s.holds} hold, ${s.doesNotHold} do not hold, ${s.cannotBeDecided} cannot be decided from the data.\n`,
  );
});

export const claimsAddAction = action(
  async (file: string, opts: { set: string }, command: CommandLike) => {
    const options = globalOptions(command);
    if (opts.set === 'paper') {
      throw new CoopsecError(
        'BAD_INPUT',
        'the set "paper" holds the bundled claims of the paper; choose another name',
        {
          details: [{ field: '--set', message: 'reserved' }],
        },
      );
    }
    const text = await readUtf8File(file);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CoopsecError(
        'BAD_INPUT',
        `${file} is not valid JSON: ${(error as Error).message}`,
        {
          details: [{ field: 'file', message: 'JSON syntax' }],
        },
      );
    }
    const records = parseClaimRecords(json);
    await withStore(options, (store) =>
      new ClaimRepository(store).replaceSource(opts.set, records.map(toStoredClaim)),
    );
    if (options.json === true) printJson({ set: opts.set, claims: records.length });
    else
      process.stdout.write(
        `Stored ${records.length} claim(s) in set "${opts.set}". Audit them with: coopsec claims --source ${opts.set}\n`,
      );
  },
);
