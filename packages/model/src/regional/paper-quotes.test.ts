/**
 * Every CERT fact and GCI statement attributed to the paper quotes it with a line number; this
 * test checks each quote against the shared copy of the paper, so a wrong citation fails.
 * Skipped when the shared material is not checked out next to the repository.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CERT_FACTS, PAPER_GCI_STATEMENTS } from './central-asia-facts.ts';

const PAPER = fileURLToPath(new URL('../../../../../shared/seed/paper.txt', import.meta.url));
const present = existsSync(PAPER);

/** "line 114 …: \"quote\"" or "lines 188–191 …: \"quote\"" → lines and quote. */
function parse(evidence: string): { from: number; to: number; quote: string } {
  const m = /lines? (\d+)(?:–(\d+))?/.exec(evidence);
  const q = /"(.+?)"/.exec(evidence.slice(evidence.indexOf(':')));
  assert.ok(m !== null && q !== null, `no line or quote in: ${evidence}`);
  const from = Number(m[1]);
  return { from, to: m[2] === undefined ? from : Number(m[2]), quote: q[1] ?? '' };
}

void test(
  'paper quotes stand at the cited lines',
  { skip: present ? false : `${PAPER} not found` },
  () => {
    const lines = readFileSync(PAPER, 'utf8').split('\n');
    const evidences = [
      ...CERT_FACTS.map((c) => c.evidence),
      ...PAPER_GCI_STATEMENTS.map((s) => s.quote),
    ];
    for (const evidence of evidences) {
      const { from, to, quote } = parse(evidence);
      const text = lines.slice(from - 1, to).join(' ');
      assert.ok(text.includes(quote), `not at line(s) ${from}–${to}: "${quote}"`);
    }
  },
);
