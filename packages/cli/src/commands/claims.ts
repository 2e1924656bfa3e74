/**
 * @module commands/claims
 * `coopsec claims [--source paper]`: the claims audit. Each claim is evaluated against the
 * stored assessments and GCI figures and gets a verdict (holds / does not hold / cannot be
 * decided) with the numbers behind it.
 */
import {
  CoopsecError,
  auditClaims,
  parseClaimRecords,
  type ClaimRecord,
  type Verdict,
} from '@coopsec/model';
import { AssessmentRepository, ClaimRepository, GciRepository } from '@coopsec/store';
import { globalOptions, withStore, type CommandLike } from '../context.ts';
import { action, printJson } from '../output.ts';
import { readUtf8File } from '../formats/text-file.ts';
import { toStoredClaim } from '../bundled-claims.ts';

const VERDICT_LABEL: Record<Verdict, string> = {
  holds: 'HOLDS',
  'does-not-hold': 'DOES NOT HOLD',
  'cannot-be-decided': 'CANNOT BE DECIDED',
};

export async function runAudit(
  options: { db?: string; json?: boolean },
  source: string | undefined,
) {
  return withStore(options, async (store) => {
    const stored = await new ClaimRepository(store).list(source);
    const records = stored.map((c) => c.spec as ClaimRecord);
    const context = {
      assessments: await new AssessmentRepository(store).list(),
      gci: await new GciRepository(store).list(),
    };
    return auditClaims(records, context).map((audited, i) => ({
      ...audited,
      set: stored[i]?.source ?? 'unknown',
      location: stored[i]?.location ?? '',
    }));
  });
}

function summarise(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { holds: 0, 'does-not-hold': 0, 'cannot-be-decided': 0 };
  for (const v of verdicts) counts[v]++;
  return counts;
}

export const claimsAction = action(async (opts: { source?: string }, command: CommandLike) => {
  const options = globalOptions(command);
  const audit = await runAudit(options, opts.source);
  if (options.json === true) {
    printJson({
      claims: audit.map((a) => ({
        id: a.record.id,
        set: a.set,
        quote: a.record.quote,
        location: a.location,
        reading: a.record.reading,
        verdict: a.verdict,
        explanation: a.explanation,
        numbers: a.numbers,
        claim: a.record.claim,
      })),
      summary: summarise(audit.map((a) => a.verdict)),
    });
    return;
  }
  if (audit.length === 0) {
    process.stdout.write(
      `No claims${opts.source === undefined ? '' : ` in set "${opts.source}"`}.\n`,
    );
    return;
  }
  for (const a of audit) {
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
  const s = summarise(audit.map((a) => a.verdict));
  process.stdout.write(
    `${audit.length} claims: ${s.holds} hold, ${s['does-not-hold']} do not hold, ${s['cannot-be-decided']} cannot be decided from the data.\n`,
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
