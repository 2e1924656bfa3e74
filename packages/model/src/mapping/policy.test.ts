// Tests: the paper's Table 2 as the KGZ policy mapping (row for row), policy-mapping validation,
// coverage matrices, gap ranking and recommendations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csfLeftOut, rankGaps, recommend, COOPERATION_AREAS } from './analysis.ts';
import { coverageMatrix } from './coverage.ts';
import { KGZ_TABLE2 } from './kgz-table2.ts';
import type { PolicyMapping, PolicyMappingRow } from './policy.ts';
import { validatePolicyMapping } from './policy.ts';

const row0 = KGZ_TABLE2.rows[0] as PolicyMappingRow;
const withRows = (rows: PolicyMappingRow[]): PolicyMapping => ({ ...KGZ_TABLE2, rows });

function refused(mapping: PolicyMapping, record: string, message: RegExp): void {
  assert.throws(
    () => validatePolicyMapping(mapping),
    (error: { code: string; details: { record?: string; message: string }[] }) => {
      assert.equal(error.code, 'BAD_INPUT');
      assert.ok(
        error.details.some((d) => d.record === record && message.test(d.message)),
        JSON.stringify(error.details),
      );
      return true;
    },
  );
}

describe('KGZ Table 2', () => {
  it('is valid', () => validatePolicyMapping(KGZ_TABLE2));

  it('reproduces the six rows of the paper: acts, numbers, ISO domains, CSF functions', () => {
    const rows = KGZ_TABLE2.rows.map((r) => [
      r.instrument.number ?? '',
      r.iso.join(';'),
      r.csf.join('/'),
    ]);
    assert.deepEqual(rows, [
      ['107', 'A.5;A.6', 'ID/PR'],
      ['', 'A.18;A.7', 'ID/PR'],
      ['', 'A.14', 'PR'],
      ['352', 'A.15;A.16', 'DE/RS'],
      ['', 'A.12;A.16', 'DE/RS/RC'],
      ['', 'A.7;A.17', 'PR/RC'],
    ]);
    assert.match(KGZ_TABLE2.rows[0]?.instrument.title ?? '', /On Informatisation/);
    assert.match(
      KGZ_TABLE2.rows[1]?.instrument.title ?? '',
      /Concept of Information Policy .* 2021 to 2025/,
    );
    assert.match(
      KGZ_TABLE2.rows[2]?.instrument.title ?? '',
      /National Development Program .* until 2030/,
    );
    assert.match(KGZ_TABLE2.rows[3]?.instrument.title ?? '', /Cabinet of Ministers .* until 2026/);
    assert.match(
      KGZ_TABLE2.rows[4]?.instrument.title ?? '',
      /National Centre for Information Security/,
    );
    assert.match(
      KGZ_TABLE2.rows[5]?.instrument.title ?? '',
      /Educational and Training Institutions/,
    );
    assert.equal(KGZ_TABLE2.rows[4]?.asPrinted?.csf, 'Detect/Respond/Recover');
    assert.match(KGZ_TABLE2.rows[3]?.actions[0] ?? '', /national CSIRT protocols/);
    for (const r of KGZ_TABLE2.rows) {
      assert.equal(r.instrument.year, undefined, 'the paper gives no years');
      assert.ok(r.coverageBasis.length > 0 && r.gap.length > 0 && r.actions.length > 0);
    }
  });
});

describe('policy mapping validation', () => {
  it('refuses an unknown ISO control or CSF function id, naming the record', () => {
    refused(
      withRows([{ ...row0, iso: ['A.19'] }]),
      'kgz-law-107',
      /unknown iso27001-2013 id "A.19"/,
    );
    refused(
      withRows([{ ...row0, csf: ['XX'] }]),
      'kgz-law-107',
      /unknown CSF 2.0 function or category "XX"/,
    );
  });

  it('refuses a withdrawn CSF element', () => {
    refused(withRows([{ ...row0, csf: ['PR.AC'] }]), 'kgz-law-107', /withdrawn from CSF 2.0/);
    refused(withRows([{ ...row0, csf: ['ID.AM-06'] }]), 'kgz-law-107', /withdrawn from CSF 2.0/);
  });

  it('refuses a duplicated act (same id, same number, or same title)', () => {
    refused(withRows([row0, row0]), 'kgz-law-107', /duplicated act/);
    const renamed = {
      ...row0,
      instrument: { ...row0.instrument, id: 'other', title: 'Another title' },
    };
    refused(withRows([row0, renamed]), 'other', /law No. 107 is already mapped/);
    const sameTitle = {
      ...row0,
      instrument: {
        ...row0.instrument,
        id: 'x',
        number: '1',
        title: 'Law of the Kyrgyz Republic “On Informatization”',
      },
    };
    refused(withRows([row0, sameTitle]), 'x', /same title/);
  });

  it('refuses an unknown coverage level and an empty row', () => {
    refused(
      withRows([{ ...row0, coverage: 'most' as never }]),
      'kgz-law-107',
      /unknown coverage level/,
    );
    refused(withRows([{ ...row0, iso: [], csf: [] }]), 'kgz-law-107', /maps to nothing/);
  });
});

describe('coverage analysis', () => {
  it('acts × CSF functions: GOVERN is mapped by no act, only reached through ISO inference', () => {
    const m = coverageMatrix({ mapping: KGZ_TABLE2, framework: 'csf-2.0' });
    assert.deepEqual(
      m.columns.map((c) => c.id),
      ['GV', 'ID', 'PR', 'DE', 'RS', 'RC'],
    );
    assert.equal(m.rows.length, 6);
    const gv = m.rows.map((r) => r.cells[0]?.how);
    assert.ok(!gv.includes('direct'));
    assert.ok(m.weak.includes('GV'));
    assert.deepEqual(
      m.rows[4]?.cells.slice(3).map((c) => [c.level, c.how]),
      [
        ['partial', 'direct'],
        ['partial', 'direct'],
        ['partial', 'direct'],
      ],
    );
    assert.deepEqual(
      csfLeftOut(KGZ_TABLE2).map((e) => e.id),
      ['GV', 'GV.OC', 'GV.RM', 'GV.RR', 'GV.PO', 'GV.OV', 'GV.SC'],
    );
  });

  it('acts × ISO 2013 domains: five domains no act reaches', () => {
    const m = coverageMatrix({ mapping: KGZ_TABLE2, framework: 'iso27001-2013' });
    assert.equal(m.columns.length, 14);
    assert.deepEqual(m.uncovered, ['A.8', 'A.9', 'A.10', 'A.11', 'A.13']);
    const a5 = m.columns.findIndex((c) => c.id === 'A.5');
    assert.deepEqual(m.combined[a5], { level: 'declarative-only', how: 'direct' });
  });

  it('ISO 2022 themes are reached only by inference from the 2013 domains', () => {
    const m = coverageMatrix({ mapping: KGZ_TABLE2, framework: 'iso27001-2022' });
    assert.deepEqual(m.uncovered, ['7']);
    for (const r of m.rows) for (const c of r.cells) assert.notEqual(c.how, 'direct');
  });

  it('ranks gaps by the stated rule', () => {
    const gaps = rankGaps(coverageMatrix({ mapping: KGZ_TABLE2, framework: 'iso27001-2013' }));
    assert.deepEqual(
      gaps.slice(0, 5).map((g) => [g.rank, g.id, g.level]),
      [
        [1, 'A.8', 'none'],
        [2, 'A.9', 'none'],
        [3, 'A.10', 'none'],
        [4, 'A.11', 'none'],
        [5, 'A.13', 'none'],
      ],
    );
    assert.equal(gaps[5]?.level, 'declarative-only');
    for (let i = 1; i < gaps.length; i += 1)
      assert.ok((gaps[i - 1]?.severity ?? 0) >= (gaps[i]?.severity ?? 0));
  });

  it('recommends, weakest component first, each tied to one of the five cooperation areas', () => {
    const recs = recommend({ mapping: KGZ_TABLE2, weakest: 'digital-literacy' });
    assert.equal(recs[0]?.area, 'joint-education');
    assert.equal(recs[0]?.component, 'digital-literacy');
    assert.deepEqual(
      recs.map((r) => r.priority),
      recs.map((_, i) => i + 1),
    );
    for (const r of recs) assert.ok((COOPERATION_AREAS as readonly string[]).includes(r.area));
    assert.equal(new Set(recs.map((r) => r.area)).size, recs.length);
    assert.equal(recs[1]?.area, 'regulatory-harmonisation');
    assert.ok(recs[1]?.gaps.includes('GV.OC'));
    const reg = recommend({ mapping: KGZ_TABLE2, weakest: 'regulatory' });
    assert.equal(reg[0]?.area, 'regulatory-harmonisation');
    assert.ok(reg[0]?.gaps.includes('GV.OC'));
  });
});
