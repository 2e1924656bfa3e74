// Tests: user-supplied crosswalks and policy mappings go through the same validation as the
// built-in data; and the standards/mapping product code does no I/O and never reads /work/shared.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCrosswalk, parsePolicyMapping } from './parse.ts';

const link = {
  from: 'A.5.1.1',
  to: '5.1',
  relationship: 'subset-of',
  rationale: 'semantic',
  strength: 8,
  note: 'merged',
};

describe('parseCrosswalk', () => {
  it('accepts a valid user crosswalk', () => {
    const c = parseCrosswalk({
      id: 'mine',
      from: 'iso27001-2013',
      to: 'iso27001-2022',
      links: [link],
    });
    assert.equal(c.links[0]?.relationship, 'subset-of');
  });
  it('refuses an unknown framework, relationship or id, naming the record', () => {
    assert.throws(() => parseCrosswalk({ id: 'mine', from: 'cobit', to: 'csf-2.0', links: [] }), {
      code: 'BAD_INPUT',
    });
    assert.throws(
      () =>
        parseCrosswalk({
          id: 'mine',
          from: 'iso27001-2013',
          to: 'iso27001-2022',
          links: [
            { ...link, relationship: 'related' },
            { ...link, to: '9.9' },
          ],
        }),
      (e: { code: string; details: { record?: string; message: string }[] }) => {
        assert.equal(e.code, 'BAD_INPUT');
        assert.ok(
          e.details.some(
            (d) => d.record === 'mine:A.5.1.1→5.1' && /unknown relationship/.test(d.message),
          ),
        );
        assert.ok(
          e.details.some(
            (d) => d.record === 'mine:A.5.1.1→9.9' && /unknown iso27001-2022 id/.test(d.message),
          ),
        );
        return true;
      },
    );
  });
});

describe('parsePolicyMapping', () => {
  const row = {
    instrument: {
      id: 'law-1',
      title: 'Law on cybersecurity',
      number: 12,
      year: 2019,
      kind: 'law',
      status: 'in-force',
    },
    iso: ['A.16'],
    csf: ['RS.MA'],
    coverage: 'partial',
    gap: 'no CSIRT',
    actions: ['set one up'],
  };
  it('accepts a valid mapping', () => {
    const m = parsePolicyMapping({ country: 'kaz', rows: [row] });
    assert.equal(m.country, 'KAZ');
    assert.equal(m.rows[0]?.instrument.number, '12');
  });
  it('refuses withdrawn CSF ids and duplicated acts', () => {
    assert.throws(
      () => parsePolicyMapping({ country: 'KAZ', rows: [{ ...row, csf: ['RS.RP'] }] }),
      /problem/,
    );
    assert.throws(() => parsePolicyMapping({ country: 'KAZ', rows: [row, row] }), {
      code: 'BAD_INPUT',
    });
    assert.throws(() => parsePolicyMapping({ country: 'Kazakhstan', rows: [] }), {
      code: 'BAD_INPUT',
    });
  });
});

describe('purity', () => {
  it('standards/ and mapping/ product files import no node:* module and never name the shared folder', () => {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    for (const dir of ['standards', 'mapping']) {
      for (const file of readdirSync(join(root, dir))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
        const text = readFileSync(join(root, dir, file), 'utf8');
        assert.doesNotMatch(text, /from '(node:|fs|path)/, file);
        assert.doesNotMatch(text, /\/shared\//, file);
      }
    }
  });
});
