/**
 * Tests of TLP definitions, effective TLP and redaction for a recipient.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  TLP1_IDS,
  TLP1_MARKINGS,
  TLP2_EXTENSION_ID,
  TLP2_IDS,
  TLP2_MARKINGS,
  effectiveTlp,
  redactForRecipient,
  tlpAtSelector,
  tlpOfMarking,
  validateStixObject,
} from '../index.ts';

const report = {
  type: 'report',
  spec_version: '2.1',
  id: 'report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3',
  created: '2015-12-21T19:59:11.000Z',
  modified: '2015-12-21T19:59:11.000Z',
  name: 'The Black Vine Cyberespionage Group',
  description: 'A simple report',
  published: '2016-01-20T17:00:00Z',
  report_types: ['campaign', 'threat-report'],
  external_references: [
    { source_name: 'internal', description: 'case 1' },
    { source_name: 'partner', description: 'case 2' },
    { source_name: 'public', description: 'case 3' },
  ],
  object_refs: ['indicator--26ffb872-1dd9-446e-b6f5-d58527e5b5d2'],
  object_marking_refs: [TLP2_IDS.green],
  granular_markings: [
    { selectors: ['description'], marking_ref: TLP2_IDS.red },
    { selectors: ['external_references.[1]'], marking_ref: TLP2_IDS['amber+strict'] },
    {
      selectors: ['external_references.[2].description', 'report_types.[1]'],
      marking_ref: TLP2_IDS.amber,
    },
    { selectors: ['name'], lang: 'en' },
  ],
};

describe('TLP definitions', () => {
  it('are valid marking definitions with the FACTS.md ids', () => {
    for (const md of [...Object.values(TLP2_MARKINGS), ...Object.values(TLP1_MARKINGS)]) {
      const { valid, findings } = validateStixObject(md, { mustOnly: true });
      assert.equal(valid, true, JSON.stringify(findings));
    }
    assert.equal(TLP2_IDS.clear, 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487');
    assert.equal(TLP1_IDS.white, 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9');
    assert.equal(TLP2_EXTENSION_ID, 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d');
    assert.equal(TLP2_MARKINGS['amber+strict'].name, 'TLP:AMBER+STRICT');
  });
  it('map TLP 1.0 to 2.0 (WHITE ≈ CLEAR) and resolve definitions from elsewhere', () => {
    assert.equal(tlpOfMarking(TLP1_IDS.white), 'clear');
    assert.equal(tlpOfMarking(TLP1_IDS.amber), 'amber');
    const custom = 'marking-definition--0b4a6c5e-1b5d-4c36-9e1b-6c4b1c3b1a11';
    assert.equal(tlpOfMarking(custom), undefined);
    assert.equal(
      tlpOfMarking(custom, () => ({
        extensions: {
          [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: 'red' },
        },
      })),
      'red',
    );
    assert.equal(
      tlpOfMarking(custom, () => ({ definition_type: 'tlp', definition: { tlp: 'green' } })),
      'green',
    );
  });
});

describe('effectiveTlp', () => {
  it('takes the most restrictive marking: RED > AMBER+STRICT > AMBER > GREEN > CLEAR', () => {
    assert.equal(effectiveTlp(report), 'red');
    assert.equal(effectiveTlp(report, { objectOnly: true }), 'green');
    assert.equal(effectiveTlp({ object_marking_refs: [TLP1_IDS.white, TLP2_IDS.amber] }), 'amber');
    assert.equal(
      effectiveTlp({ object_marking_refs: [TLP2_IDS['amber+strict'], TLP1_IDS.amber] }),
      'amber+strict',
    );
    assert.equal(effectiveTlp({}), undefined);
  });
  it('gives the TLP of a part of the object', () => {
    assert.equal(tlpAtSelector(report, 'description'), 'red');
    assert.equal(tlpAtSelector(report, 'external_references.[2].description'), 'amber');
    assert.equal(tlpAtSelector(report, 'external_references.[0].description'), 'green');
  });
});

describe('redactForRecipient', () => {
  it('hands out everything to a RED recipient unchanged', () => {
    const r = redactForRecipient(report, { tlp: 'red' });
    assert.equal(r.object, report);
    assert.deepEqual(r.removed, []);
  });
  it('removes content above an AMBER clearance and renumbers the remaining selectors', () => {
    const r = redactForRecipient(report, { tlp: 'amber' });
    assert.ok(r.object);
    assert.equal('description' in r.object, false);
    assert.equal(r.object.external_references.length, 2);
    assert.deepEqual(r.object.granular_markings, [
      {
        selectors: ['external_references.[1].description', 'report_types.[1]'],
        marking_ref: TLP2_IDS.amber,
      },
      { selectors: ['name'], lang: 'en' },
    ]);
    assert.deepEqual(
      r.removed.map((x) => x.selector),
      ['description', 'external_references.[1]'],
    );
    assert.equal(validateStixObject(r.object, { mustOnly: true }).valid, true);
    assert.deepEqual(report.external_references.length, 3, 'the input is not modified');
  });
  it('removes more for a GREEN recipient and drops emptied markings', () => {
    const r = redactForRecipient(report, { tlp: 'green' });
    assert.ok(r.object);
    assert.deepEqual(r.object.external_references, [
      { source_name: 'internal', description: 'case 1' },
      { source_name: 'public' },
    ]);
    assert.deepEqual(r.object.report_types, ['campaign']);
    assert.deepEqual(r.object.granular_markings, [{ selectors: ['name'], lang: 'en' }]);
    assert.equal(r.removed.length, 4);
  });
  it('withholds the object when an object marking or a required property is beyond clearance', () => {
    const r = redactForRecipient(report, { tlp: 'clear' });
    assert.equal(r.object, undefined);
    assert.deepEqual(r.removed, [
      { selector: '', markingRef: TLP2_IDS.green, reason: 'TLP:GREEN exceeds clearance TLP:CLEAR' },
    ]);
    const nameMarked = {
      ...report,
      granular_markings: [{ selectors: ['name'], marking_ref: TLP2_IDS.red }],
    };
    assert.equal(redactForRecipient(nameMarked, { tlp: 'amber' }).object, undefined);
  });
  it('treats unknown markings as not cleared unless listed or allowed', () => {
    const statement = 'marking-definition--0b4a6c5e-1b5d-4c36-9e1b-6c4b1c3b1a11';
    const o = {
      ...report,
      object_marking_refs: [],
      granular_markings: [{ selectors: ['description'], marking_ref: statement }],
    };
    assert.equal('description' in (redactForRecipient(o, { tlp: 'red' }).object ?? {}), false);
    assert.equal(
      'description' in
        (redactForRecipient(o, { tlp: 'red', markings: new Set([statement]) }).object ?? {}),
      true,
    );
    assert.equal(
      'description' in
        (redactForRecipient(o, { tlp: 'red', unknownMarkings: 'allow' }).object ?? {}),
      true,
    );
  });
});
