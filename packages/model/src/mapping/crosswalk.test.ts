// Tests: crosswalk data completeness, lookups (direct, inverted, composed), coverage inference
// rules, and refusal of bad crosswalk input (unknown relationship, unknown ids, contradictions).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ISO27001_2013 } from '../standards/iso27001-2013.ts';
import { ISO27001_2022, ISO27001_2022_NEW } from '../standards/iso27001-2022.ts';
import { CROSSWALK_ISO2013_ISO2022 } from './crosswalk-iso2013-iso2022.ts';
import { CROSSWALK_ISO2022_CSF20 } from './crosswalk-iso2022-csf.ts';
import { CROSSWALKS, crosswalkLookup, inferCoverage } from './crosswalk.ts';
import type { Crosswalk, CrosswalkLink, CoverageLevel } from './olir.ts';
import { composeRelationships, inferLevel, validateCrosswalk, validateCrosswalks } from './olir.ts';

const controls = (cat: typeof ISO27001_2013) =>
  cat.elements.filter((e) => e.kind === 'control').map((e) => e.id);

function refused(run: () => void, expect: { record: string; message: RegExp }): void {
  assert.throws(run, (error: { code: string; details: { record?: string; message: string }[] }) => {
    assert.equal(error.code, 'BAD_INPUT');
    assert.ok(
      error.details.some((d) => d.record === expect.record && expect.message.test(d.message)),
      JSON.stringify(error.details),
    );
    return true;
  });
}

describe('built-in crosswalks', () => {
  it('are valid, and every link carries a rationale and a note', () => {
    validateCrosswalks(CROSSWALKS);
    for (const c of CROSSWALKS)
      for (const l of c.links) assert.ok(l.note.length > 5 && l.rationale.length > 0);
  });

  it('ISO 2013 → 2022: all 114 old controls have a successor; only the 11 new ones lack a predecessor', () => {
    const from = new Set(CROSSWALK_ISO2013_ISO2022.links.map((l) => l.from));
    assert.deepEqual([...from].sort(), controls(ISO27001_2013).sort());
    const reached = new Set(CROSSWALK_ISO2013_ISO2022.links.map((l) => l.to));
    const unreached = controls(ISO27001_2022).filter((c) => !reached.has(c));
    assert.deepEqual(unreached.sort(), [...ISO27001_2022_NEW].sort());
  });

  it('ISO 2022 → CSF 2.0 covers every 2022 control at category level', () => {
    const from = new Set(CROSSWALK_ISO2022_CSF20.links.map((l) => l.from));
    assert.deepEqual([...from].sort(), controls(ISO27001_2022).sort());
    for (const l of CROSSWALK_ISO2022_CSF20.links) assert.match(l.to, /^[A-Z]{2}\.[A-Z]{2}$/);
  });

  it('classifies renumbered, merged and split controls', () => {
    const rel = (id: string, to: string) =>
      crosswalkLookup({ from: 'iso27001-2013', id, to: 'iso27001-2022' }).find((l) => l.to === to)
        ?.relationship;
    assert.equal(rel('A.9.2.3', '8.2'), 'equal');
    assert.equal(rel('A.9.2.5', '5.18'), 'subset-of');
    assert.equal(rel('A.18.2.3', '5.36'), 'intersects-with');
    assert.equal(rel('A.18.2.3', '8.8'), 'intersects-with');
  });

  it('reads links backwards with the inverse relationship', () => {
    const back = crosswalkLookup({ from: 'iso27001-2022', id: 'A.5.18', to: 'iso27001-2013' });
    assert.deepEqual(
      back.map((l) => [l.to, l.relationship, l.inverted]),
      [
        ['A.9.2.2', 'superset-of', true],
        ['A.9.2.5', 'superset-of', true],
        ['A.9.2.6', 'superset-of', true],
      ],
    );
    assert.deepEqual(
      crosswalkLookup({ from: 'iso27001-2022', id: '5.7', to: 'iso27001-2013' }),
      [],
    );
  });

  it('composes through an intermediate framework and expands domains', () => {
    const links = crosswalkLookup({ from: 'iso27001-2013', id: 'A.12.2.1', to: 'csf-2.0' });
    assert.ok(links.some((l) => l.to === 'DE.CM' && l.via === 'iso27001-2022:8.7'));
    const domain = crosswalkLookup({
      from: 'iso27001-2013',
      id: 'A.10',
      to: 'iso27001-2022',
      expand: true,
    });
    assert.deepEqual([...new Set(domain.map((l) => l.to))], ['8.24']);
    assert.throws(() => crosswalkLookup({ from: 'iso27001-2013', id: 'A.99', to: 'csf-2.0' }), {
      code: 'NOT_FOUND',
    });
    assert.throws(() => crosswalkLookup({ from: 'iso27001-2013', id: 'A.5.1.1', to: 'csf-1.1' }), {
      code: 'BAD_INPUT',
    });
  });

  it('CSF 1.1 functions reach CSF 2.0 GOVERN only through IDENTIFY and PROTECT', () => {
    const toGv = ['ID', 'PR', 'DE', 'RS', 'RC'].filter((f) =>
      crosswalkLookup({ from: 'csf-1.1', id: f, to: 'csf-2.0' }).some(
        (l) => l.to === 'GV' && l.relationship !== 'not-related-to',
      ),
    );
    assert.deepEqual(toGv, ['ID', 'PR']);
  });
});

describe('coverage inference', () => {
  it('equal passes the level; subset/superset/intersects give at most partial; not-related gives none', () => {
    assert.equal(inferLevel('full', 'equal'), 'full');
    assert.equal(inferLevel('full', 'subset-of'), 'partial');
    assert.equal(inferLevel('full', 'superset-of'), 'partial');
    assert.equal(inferLevel('full', 'intersects-with'), 'partial');
    assert.equal(inferLevel('declarative-only', 'intersects-with'), 'declarative-only');
    assert.equal(inferLevel('full', 'not-related-to'), 'none');
  });

  it('carries levels across a crosswalk, best level wins', () => {
    const levels = new Map<string, CoverageLevel>([
      ['A.9.2.3', 'full'],
      ['A.9.2.2', 'full'],
      ['A.9.2.5', 'declarative-only'],
    ]);
    const out = inferCoverage({ from: 'iso27001-2013', to: 'iso27001-2022', levels });
    assert.equal(out.get('8.2'), 'full');
    assert.equal(out.get('5.18'), 'partial');
  });

  it('composes relationships conservatively', () => {
    assert.equal(composeRelationships('equal', 'subset-of'), 'subset-of');
    assert.equal(composeRelationships('subset-of', 'subset-of'), 'subset-of');
    assert.equal(composeRelationships('subset-of', 'superset-of'), 'intersects-with');
  });
});

describe('crosswalk validation', () => {
  const base = (links: CrosswalkLink[], from = 'iso27001-2013', to = 'iso27001-2022'): Crosswalk =>
    ({ id: 'test', from, to, title: 't', source: 's', links }) as Crosswalk;
  const link = (from: string, to: string, relationship: string): CrosswalkLink =>
    ({
      from,
      to,
      relationship,
      rationale: 'semantic',
      strength: 5,
      note: 'test link',
    }) as CrosswalkLink;

  it('refuses an unknown relationship', () => {
    refused(() => validateCrosswalk(base([link('A.5.1.1', '5.1', 'same-as')])), {
      record: 'test:A.5.1.1→5.1',
      message: /unknown relationship "same-as"/,
    });
  });

  it('refuses unknown ids on either side', () => {
    refused(() => validateCrosswalk(base([link('A.5.9.9', '5.1', 'equal')])), {
      record: 'test:A.5.9.9→5.1',
      message: /unknown iso27001-2013 id/,
    });
    refused(() => validateCrosswalk(base([link('A.5.1.1', '9.1', 'equal')])), {
      record: 'test:A.5.1.1→9.1',
      message: /unknown iso27001-2022 id/,
    });
  });

  it('refuses a bad strength, rationale or missing note', () => {
    const bad = {
      ...link('A.5.1.1', '5.1', 'equal'),
      strength: 11,
      rationale: 'gut',
      note: '',
    } as unknown as CrosswalkLink;
    assert.throws(
      () => validateCrosswalk(base([bad])),
      (e: { details: { field?: string }[] }) => {
        assert.deepEqual(e.details.map((d) => d.field).sort(), ['note', 'rationale', 'strength']);
        return true;
      },
    );
  });

  it('refuses a contradictory pair: A equal B but B not-related-to A', () => {
    const within = base(
      [link('PR', 'ID', 'equal'), link('ID', 'PR', 'not-related-to')],
      'csf-2.0',
      'csf-2.0',
    );
    refused(() => validateCrosswalk(within), {
      record: 'test:PR→ID',
      message: /contradicts the reverse link/,
    });
    const forward = base([link('A.5.1.1', '5.1', 'equal')]);
    const backward = {
      ...base([link('5.1', 'A.5.1.1', 'not-related-to')], 'iso27001-2022', 'iso27001-2013'),
      id: 'test-back',
    };
    refused(() => validateCrosswalks([forward, backward]), {
      record: 'test:A.5.1.1→5.1',
      message: /contradicts test-back/,
    });
    refused(
      () =>
        validateCrosswalk(
          base([link('A.5.1.1', '5.1', 'equal'), link('A.5.1.1', '5.1', 'not-related-to')]),
        ),
      {
        record: 'test:A.5.1.1→5.1',
        message: /contradicts an earlier link/,
      },
    );
  });
});
