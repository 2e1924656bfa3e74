/**
 * @module commands/claims
 * `coopsec claims [--source paper]`: the claims audit. Each claim is evaluated against the
 * stored assessments and GCI figures and gets a verdict (holds / does not hold / cannot be
 * decided) with the numbers behind it.
 */
import { auditStoredClaims, nodeCountryFromEnv, toStoredClaim } from '@coopsec/app';
import { CoopsecError, parseClaimRecords } from '@coopsec/model';
import { ClaimRepository } from '@coopsec/store';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { cliTranslator } from '../language.ts';
import { action, printJson } from '../output.ts';
import { readUtf8File } from '../formats/text-file.ts';

export const claimsAction = action(async (opts: { source?: string }, command: CommandLike) => {
  const options = globalOptions(command);
  const { t } = cliTranslator(command);
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
      `${opts.source === undefined ? t('cli.claims.none') : t('cli.claims.noneInSet', { set: opts.source })}\n`,
    );
    return;
  }
  // The paper's quotation, where it stands and the model's explanation stay in their own words.
  for (const a of audit.claims) {
    process.stdout.write(`[${t(`cli.claims.verdict.${a.verdict}`)}] ${a.record.id}\n`);
    process.stdout.write(`  “${a.record.quote}” — ${a.location}\n`);
    if (a.record.reading !== undefined)
      process.stdout.write(`  ${t('cli.claims.reading', { reading: a.record.reading })}\n`);
    process.stdout.write(`  ${a.explanation}\n`);
    const numbers = Object.entries(a.numbers)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('; ');
    if (numbers !== '') process.stdout.write(`  ${t('cli.claims.numbers', { numbers })}\n`);
    process.stdout.write('\n');
  }
  const s = audit.summary;
  process.stdout.write(
    `${t('cli.claims.summary', { total: s.total, holds: s.holds, doesNotHold: s.doesNotHold, cannotBeDecided: s.cannotBeDecided })}\n`,
  );
});

export const claimsAddAction = action(
  async (file: string, opts: { set: string }, command: CommandLike) => {
    const options = globalOptions(command);
    const { t } = cliTranslator(command);
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
    else process.stdout.write(`${t('cli.claims.stored', { n: records.length, set: opts.set })}\n`);
  },
);
