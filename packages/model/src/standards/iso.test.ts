// Tests: ISO/IEC 27001 Annex A catalogues by identifier (FACTS.md §4), id normalisation, and the
// import of a user-held licensed catalogue.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findElement, parseFrameworkId } from './catalogue.ts';
import { importCatalogue } from './import.ts';
import { ISO27001_2013, ISO27001_2013_DOMAIN_COUNTS } from './iso27001-2013.ts';
import { ISO27001_2022, ISO27001_2022_NEW, ISO27001_2022_THEME_COUNTS } from './iso27001-2022.ts';

const countBy = (elements: readonly { kind: string; parent?: string }[]) => {
  const out: Record<string, number> = {};
  for (const e of elements)
    if (e.kind === 'control' && e.parent !== undefined) out[e.parent] = (out[e.parent] ?? 0) + 1;
  return out;
};

describe('ISO/IEC 27001 catalogues', () => {
  it('2013: 14 domains A.5–A.18, 114 controls, per-domain counts of FACTS.md §4', () => {
    const domains = ISO27001_2013.elements.filter((e) => e.kind === 'domain').map((e) => e.id);
    assert.deepEqual(
      domains,
      Array.from({ length: 14 }, (_, i) => `A.${i + 5}`),
    );
    assert.equal(ISO27001_2013.elements.filter((e) => e.kind === 'control').length, 114);
    assert.deepEqual(countBy(ISO27001_2013.elements), ISO27001_2013_DOMAIN_COUNTS);
  });

  it('2022: 4 themes, 93 controls (37/8/14/34), new controls exist', () => {
    assert.equal(ISO27001_2022.elements.filter((e) => e.kind === 'theme').length, 4);
    assert.equal(ISO27001_2022.elements.filter((e) => e.kind === 'control').length, 93);
    assert.deepEqual(countBy(ISO27001_2022.elements), ISO27001_2022_THEME_COUNTS);
    for (const id of ISO27001_2022_NEW) assert.ok(findElement('iso27001-2022', id), id);
  });

  it('ids are unique and every element has a short label of our own', () => {
    for (const cat of [ISO27001_2013, ISO27001_2022]) {
      const ids = cat.elements.map((e) => e.id);
      assert.equal(new Set(ids).size, ids.length);
      for (const e of cat.elements) assert.ok(e.title.length > 0 && e.title.length <= 60, e.id);
    }
  });

  it('normalises ids and framework names', () => {
    assert.equal(findElement('iso27001-2013', '9.2.3')?.id, 'A.9.2.3');
    assert.equal(findElement('iso27001-2022', 'A.8.2')?.id, '8.2');
    assert.equal(findElement('csf-2.0', 'pr.aa-01')?.id, 'PR.AA-01');
    assert.equal(parseFrameworkId('CSF'), 'csf-2.0');
    assert.throws(() => parseFrameworkId('cobit'), { code: 'BAD_INPUT' });
  });
});

describe('importCatalogue', () => {
  it('imports a CSV with quoted fields', () => {
    const cat = importCatalogue({
      framework: 'iso27001-2022',
      format: 'csv',
      text: 'id,title,parent\r\n5,"Org, licensed",\r\n5.1,"Licensed ""title""",5\r\n',
    });
    assert.equal(cat.elements.length, 2);
    assert.equal(cat.elements[1]?.title, 'Licensed "title"');
    assert.equal(cat.elements[1]?.kind, 'control');
  });

  it('imports an OSCAL JSON catalog with statements', () => {
    const text = JSON.stringify({
      catalog: {
        groups: [
          {
            id: 'A.5',
            title: 'Licensed domain',
            controls: [
              {
                id: 'A.5.1.1',
                title: 'Licensed control',
                parts: [{ name: 'statement', prose: 'Text.' }],
              },
            ],
          },
        ],
      },
    });
    const cat = importCatalogue({ framework: 'iso27001-2013', format: 'oscal-json', text });
    assert.deepEqual(
      cat.elements.map((e) => [e.id, e.parent, e.statement]),
      [
        ['A.5', undefined, undefined],
        ['A.5.1.1', 'A.5', 'Text.'],
      ],
    );
  });

  it('refuses bad records, naming each', () => {
    const bad = 'id,title,parent\n5.1,X,9\n5.1,Y,\n,Z,\n5.99,W,\n';
    assert.throws(
      () => importCatalogue({ framework: 'iso27001-2022', format: 'csv', text: bad }),
      (error: { code: string; details: { record?: string; message: string }[] }) => {
        assert.equal(error.code, 'BAD_INPUT');
        const msgs = error.details.map((d) => `${d.record}: ${d.message}`);
        assert.ok(msgs.includes('5.1: duplicated id'));
        assert.ok(msgs.includes('5.99: unknown iso27001-2022 id'));
        assert.ok(msgs.includes('5.1: parent "9" is not in the file'));
        assert.ok(msgs.some((m) => m.endsWith('missing id')));
        return true;
      },
    );
    assert.throws(
      () => importCatalogue({ framework: 'csf-2.0', format: 'csv', text: 'a,b\n1,2\n' }),
      {
        code: 'BAD_INPUT',
      },
    );
    assert.throws(
      () => importCatalogue({ framework: 'csf-2.0', format: 'oscal-json', text: '{' }),
      {
        code: 'BAD_INPUT',
      },
    );
  });
});
