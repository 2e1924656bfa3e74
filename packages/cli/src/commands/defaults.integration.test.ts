/**
 * Issue 14, item 8: options with one sensible value default to it and say so in `--help`
 * (compare --region, coverage --framework as recommend's, simulate --until), and every
 * subcommand's help lists the global options --json and --db it accepts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { runCli } from '../testing/run-cli.ts';

const PLAN = fileURLToPath(
  new URL('../../../../examples/plans/digital-literacy-push.json', import.meta.url),
);
const env = { COOPSEC_DB: ':memory:' };

describe('defaults and help', () => {
  it('compare needs no --region while there is one region', async () => {
    const r = await runCli(['compare', '--edition', '2020', '--json'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { region: string }).region, 'central-asia');
    const help = await runCli(['compare', '--help']);
    assert.match(help.stdout, /--region <region>[^\n]*\n?[^\n]*\(default: "central-asia"\)/);
  });

  it('coverage defaults to CSF 2.0, as recommend does', async () => {
    const r = await runCli(['coverage', 'KGZ', '--json'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /"csf-2\.0"/);
    const help = await runCli(['coverage', '--help']);
    assert.match(help.stdout, /\(default: "csf-2\.0"\)/);
  });

  it('simulate defaults --until to six years after the base year', async () => {
    const r = await runCli(['simulate', 'KGZ', '--plan', PLAN, '--runs', '0', '--json'], { env });
    assert.equal(r.code, 0, r.stderr);
    // The JSON is the REST scenario shape (issue 12): base and horizon at the top level.
    const out = JSON.parse(r.stdout) as { baseYear: number; horizonYear: number };
    assert.equal(out.baseYear, 2024);
    assert.equal(out.horizonYear, 2030);
    const help = await runCli(['simulate', '--help']);
    assert.match(help.stdout, /--until <year>\s+horizon year \(default: 6 years after/);
  });

  it('every subcommand help lists --json and --db', async () => {
    for (const command of [['assess'], ['import'], ['claims'], ['stix', 'validate'], ['serve']]) {
      const help = await runCli([...command, '--help']);
      assert.equal(help.code, 0, help.stderr);
      assert.match(help.stdout, /--json\s+print one JSON document/, command.join(' '));
      assert.match(help.stdout, /--db <path\|url>/, command.join(' '));
    }
  });
});
