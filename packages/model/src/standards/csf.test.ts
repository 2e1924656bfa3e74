// Tests: the committed CSF 2.0 JSON equals the generator's output on NIST's OSCAL file, and the
// counts match FACTS.md §4. Reads /work/shared through the generator: tests may, the product may not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CSF_JSON, DEFAULT_CSF_XML, generateCsfJson } from '../../scripts/generate-csf.ts';
import { CSF_2_0, CSF_2_0_DATA, csfElement, csfFunctionOf, isWithdrawnCsfId } from './csf.ts';
import { parseCsfOscalXml, parseXml } from './csf-oscal.ts';

describe('CSF 2.0 catalogue', () => {
  it('the committed JSON equals the generator output (cannot go stale)', () => {
    assert.equal(readFileSync(CSF_JSON, 'utf8'), generateCsfJson(DEFAULT_CSF_XML));
  });

  it('has exactly 6 functions, 22 categories, 106 subcategories', () => {
    const count = (kind: string) => CSF_2_0.elements.filter((e) => e.kind === kind).length;
    assert.equal(count('function'), 6);
    assert.equal(count('category'), 22);
    assert.equal(count('subcategory'), 106);
    const perFunction = Object.fromEntries(
      CSF_2_0_DATA.functions.map((f) => [
        f.id,
        f.categories.reduce((n, c) => n + c.subcategories.length, 0),
      ]),
    );
    assert.deepEqual(perFunction, { GV: 31, ID: 21, PR: 22, DE: 11, RS: 13, RC: 8 });
  });

  it('lists the categories of FACTS.md §4, in the sort-id order of the OSCAL file', () => {
    // FACTS.md writes DE as "CM AE" (the order of CSWP 29); the OSCAL sort-ids put DE.AE first.
    const cats = CSF_2_0_DATA.functions.map(
      (f) => `${f.id}: ${f.categories.map((c) => c.id.slice(3)).join(' ')}`,
    );
    assert.deepEqual(cats, [
      'GV: OC RM RR PO OV SC',
      'ID: AM RA IM',
      'PR: AA AT DS PS IR',
      'DE: AE CM',
      'RS: MA AN CO MI',
      'RC: RP CO',
    ]);
  });

  it('filters the withdrawn elements (34 categories and 185 subcategories in the file)', () => {
    assert.equal(CSF_2_0_DATA.counts.withdrawnCategories, 12);
    assert.equal(CSF_2_0_DATA.counts.withdrawnSubcategories, 79);
    assert.equal(CSF_2_0_DATA.counts.categories + CSF_2_0_DATA.counts.withdrawnCategories, 34);
    assert.equal(
      CSF_2_0_DATA.counts.subcategories + CSF_2_0_DATA.counts.withdrawnSubcategories,
      185,
    );
    for (const id of [
      'ID.BE',
      'PR.AC',
      'PR.IP',
      'DE.DP',
      'RS.RP',
      'ID.AM-06',
      'PR.DS-05',
      'RS.CO-01',
    ]) {
      assert.ok(isWithdrawnCsfId(id), id);
      assert.equal(csfElement(id), undefined, id);
    }
    assert.ok(!isWithdrawnCsfId('PR.DS-01'));
    assert.equal(csfFunctionOf('PR.DS-01'), 'PR');
  });

  it('keeps the statement text and a source block', () => {
    assert.match(csfElement('GV.OC-01')?.statement ?? '', /organizational mission is understood/);
    assert.equal(CSF_2_0_DATA.source.file, 'NIST_CSF_v2.0_catalog.xml');
    assert.match(CSF_2_0_DATA.source.licence, /CC0/);
  });

  it('refuses a file whose counts differ', () => {
    const xml = readFileSync(DEFAULT_CSF_XML, 'utf8').replace(
      /<control id="GV\.OC-01"[\s\S]*?<\/control>/,
      '',
    );
    assert.throws(() => parseCsfOscalXml(xml, { file: 'x.xml' }), { code: 'BAD_INPUT' });
    assert.throws(() => parseCsfOscalXml('<foo/>', { file: 'x.xml' }), { code: 'BAD_INPUT' });
  });

  it('reads XML tolerantly: entities, CDATA, comments, self-closing tags', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b/><![CDATA[<raw>]]>t&#233;</a>',
    );
    assert.equal(root.name, 'a');
    assert.equal(root.attributes.x, '1 & 2');
    assert.deepEqual(root.children.slice(1), ['<raw>', 'té']);
    assert.throws(() => parseXml('<a><b></a>'), { code: 'BAD_INPUT' });
  });
});
