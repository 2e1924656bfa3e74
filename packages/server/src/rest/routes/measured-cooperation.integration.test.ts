/**
 * Measured cooperation beside the self-reported score (issue 18 item 2), over the overview
 * route: shown for the country the node serves only, with its source, period and rule; the
 * self-reported cooperation values are unchanged by it; without a node country, or for another
 * country, the answer says why there is none instead of showing a number. The report shows the
 * same figures in its own section, in the report's language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measuredCooperationAnswer, overviewAnswer } from '../schemas/answers.ts';
import { restTestApp } from '../testing.ts';

type Json = Record<string, unknown>;
const json = (body: string) => JSON.parse(body) as Json;

void describe('measured cooperation in the overview', () => {
  void it('is shown for the node’s country, measured from what this test did', async () => {
    await using t = await restTestApp({ nodeCountry: 'KG' });
    const before = json((await t.get('/api/countries/KGZ/overview')).body);
    await t.send('POST', '/api/orgs', { id: 'kz-cert', name: 'KZ-CERT' });
    for (const title of ['Joint phishing case', 'Alone'])
      assert.equal(
        (
          await t.send('POST', '/api/incidents', {
            title,
            rsitClass: 'fraud',
            rsitType: 'phishing',
            severity: 'high',
            tlp: 'green',
            pap: 'green',
            participants: title === 'Alone' ? [] : [{ organisation: 'kz-cert', role: 'observer' }],
          })
        ).statusCode,
        201,
      );
    const res = await t.get('/api/countries/KGZ/overview');
    assert.equal(res.statusCode, 200, res.body);
    const overview = json(res.body);
    assert.ok(overviewAnswer.safeParse(overview).success);
    const measured = measuredCooperationAnswer.parse(overview.measuredCooperation);
    assert.ok(measured.available);
    assert.equal(measured.country, 'KGZ');
    assert.equal(measured.source.kind, 'measured');
    assert.ok(measured.period.from !== null && measured.period.to !== null);
    assert.equal(measured.figures.jointCases, 1);
    const ratios = Object.fromEntries(measured.ratios.map((r) => [r.id, r.value]));
    assert.equal(ratios['joint-response'], 1 / 2);
    assert.equal(ratios.containment, 0);
    assert.equal(ratios['partners-reachable'], null, 'no peer configured: missing, not 0');
    assert.equal(measured.score, 25, 'mean of 0.5 and 0, the only ratios the records give');
    // The self-reported values are what they were: the measured score sits beside them.
    assert.deepEqual(overview.values, before.values);
  });

  void it('says why there is none for another country or when the node country is not set', async () => {
    await using t = await restTestApp({ nodeCountry: 'UZB' });
    const other = measuredCooperationAnswer.parse(
      json((await t.get('/api/countries/KGZ/overview')).body).measuredCooperation,
    );
    assert.equal(other.available, false);
    assert.match(other.available ? '' : other.reason, /serves UZB.*not KGZ/);
    await using unset = await restTestApp();
    const m = measuredCooperationAnswer.parse(
      json((await unset.get('/api/countries/KGZ/overview')).body).measuredCooperation,
    );
    assert.equal(m.available, false);
    assert.match(m.available ? '' : m.reason, /COOPSEC_NODE_COUNTRY/);
  });

  void it('is in the report: the figures this test made, labelled measured, in English and Russian', async () => {
    await using t = await restTestApp({ nodeCountry: 'KG' });
    await t.send('POST', '/api/orgs', { id: 'kz-cert', name: 'KZ-CERT' });
    for (const title of ['Joint phishing case', 'Alone'])
      await t.send('POST', '/api/incidents', {
        title,
        rsitClass: 'fraud',
        rsitType: 'phishing',
        severity: 'high',
        tlp: 'green',
        pap: 'green',
        participants: title === 'Alone' ? [] : [{ organisation: 'kz-cert', role: 'observer' }],
      });
    const en = await t.get('/api/countries/KGZ/report?format=html&lang=en');
    assert.equal(en.statusCode, 200, en.body);
    const section = /<section[^>]*id="sec-measured"[\s\S]*?<\/section>/.exec(en.body)?.[0] ?? '';
    assert.ok(section !== '', 'the report has a measured-cooperation section');
    assert.match(section, /Joint incident cases<\/td><td[^>]*>(<span[^>]*>)?1\b/);
    assert.match(section, /MEASURED/);
    // 1 of 2 cases worked jointly, none contained: the score is the mean of 50 % and 0 %.
    assert.match(section, /1 of 2 \(50\s?%\)/);
    assert.match(section, /Measured cooperation score[\s\S]*?25(\.0)?\b/);
    const ru = await t.get('/api/countries/KGZ/report?format=html&lang=ru');
    const ruSection = /<section[^>]*id="sec-measured"[\s\S]*?<\/section>/.exec(ru.body)?.[0] ?? '';
    assert.match(ruSection, /Совместные инцидентные дела/);
    assert.match(ruSection, /ИЗМЕРЕНО/);
    assert.doesNotMatch(ruSection, /Joint incident cases|MEASURED/);
  });

  void it('says in the report why it is not shown when the node country is not set', async () => {
    await using t = await restTestApp();
    const res = await t.get('/api/countries/KGZ/report?format=html&lang=ru');
    assert.equal(res.statusCode, 200, res.body);
    const section = /<section[^>]*id="sec-measured"[\s\S]*?<\/section>/.exec(res.body)?.[0] ?? '';
    assert.match(section, /Не показано: /);
    assert.match(section, /COOPSEC_NODE_COUNTRY/);
    assert.doesNotMatch(section, /ИЗМЕРЕНО/, 'no figure when there are none');
  });

  void it('decides claims about it on the node that serves the country, and only there', async () => {
    const claims = [
      {
        id: 'joint-cases',
        quote: 'KG-CERT worked at least one incident case jointly',
        source: { id: 'test' },
        claim: {
          kind: 'measured',
          country: 'KGZ',
          measure: 'jointCases',
          comparison: 'at-least',
          value: 1,
        },
      },
    ];
    await using t = await restTestApp({ nodeCountry: 'KGZ' });
    const audit = async (app: typeof t) =>
      json((await app.send('POST', '/api/claims/audit', { claims })).body) as {
        claims: { verdict: string; numbers: Json }[];
      };
    assert.equal((await audit(t)).claims[0]?.verdict, 'does-not-hold', 'no case yet');
    await t.send('POST', '/api/orgs', { id: 'kz-cert', name: 'KZ-CERT' });
    await t.send('POST', '/api/incidents', {
      title: 'Joint phishing case',
      rsitClass: 'fraud',
      rsitType: 'phishing',
      severity: 'high',
      tlp: 'green',
      pap: 'green',
      participants: [{ organisation: 'kz-cert', role: 'observer' }],
    });
    const after = (await audit(t)).claims[0];
    assert.equal(after?.verdict, 'holds');
    assert.equal(after?.numbers.measured, 1);
    await using unset = await restTestApp();
    assert.equal((await audit(unset)).claims[0]?.verdict, 'cannot-be-decided');
  });
});
