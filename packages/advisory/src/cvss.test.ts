import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scoreVector, severityOf } from './cvss.ts';

void describe('scoreVector', () => {
  // Scores as FIRST's calculators give them for these vectors.
  for (const [vector, score, severity] of [
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'critical'],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', 5.5, 'medium'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10, 'critical'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3, 'critical'],
    ['AV:N/AC:L/Au:N/C:C/I:C/A:C', 10, 'high'],
  ] as const) {
    void it(`scores ${vector}`, () => {
      const s = scoreVector(vector);
      assert.equal(s.baseScore, score);
      assert.equal(s.severity, severity);
    });
  }

  void it('refuses a vector that lacks base metrics instead of scoring it 0', () => {
    assert.throws(
      () => scoreVector('CVSS:3.1/AV:N/AC:L', '/vulnerabilities/0/scores/0/cvss_v3/vectorString'),
      (e: { details?: { field: string; message: string }[] }) =>
        e.details?.[0]?.field === '/vulnerabilities/0/scores/0/cvss_v3/vectorString' &&
        /PR, UI, S, C, I, A/.test(e.details[0].message),
    );
  });

  void it('refuses what is not a CVSS vector, and a metric value that does not exist', () => {
    assert.throws(() => scoreVector('9.8'), /not a CVSS vector/);
    assert.throws(() => scoreVector('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Z'), /not a valid/);
  });

  void it('rates severity on the v3.1 §5 ranges, and v2 without none or critical', () => {
    assert.deepEqual(
      [0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map((s) => severityOf(s, '3.1')),
      ['none', 'low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical'],
    );
    assert.deepEqual(
      [0, 3.9, 4, 7, 10].map((s) => severityOf(s, '2.0')),
      ['low', 'low', 'medium', 'high', 'high'],
    );
  });
});
