/**
 * Access to joint incident cases over HTTP (Fastify inject through the whole app: auth, zod
 * schemas, routes, use cases, SQLite). An organisation that is not on a case gets 404 on every
 * route of it, the same answer as for a case that does not exist, never its content, and
 * changes nothing; once invited it sees the case, so the 404 was about membership. Roles:
 * observers read and comment only, only the lead invites. Malformed bodies are refused with the
 * field named, before anything is written.
 */
import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { restTestApp } from '../testing.ts';
import { addMember, authHeader, TAXII } from '../../taxii/testing/fixtures.ts';

const json = (r: { body: string }): Record<string, unknown> =>
  JSON.parse(r.body) as Record<string, unknown>;

const TITLE = 'Ransomware at two water utilities';
const DESCRIPTION = 'Encrypted SCADA historians; ransom note names a known group.';

void describe('/api/incidents/:id/report', () => {
  it('gives a participant the case report in the language asked for, and refuses a bad language', async () => {
    await using t = await restTestApp();
    const lu = await addMember(t.store, { orgId: 'cert-lu' });
    await addMember(t.store, { orgId: 'cert-be' });
    const opened = await t.send(
      'POST',
      '/api/incidents',
      {
        title: TITLE,
        description: DESCRIPTION,
        rsitClass: 'malicious-code',
        rsitType: 'infected-system',
        severity: 'critical',
        tlp: 'amber+strict',
        pap: 'amber',
        participants: [{ organisation: 'cert-be', role: 'contributor' }],
      },
      lu.key,
    );
    assert.equal(opened.statusCode, 201, opened.body);
    const id = String(json(opened).id);
    await t.send(
      'POST',
      `/api/incidents/${id}/tasks`,
      { title: 'Isolate the historians', owner: 'cert-be' },
      lu.key,
    );

    const en = await t.get(`/api/incidents/${id}/report`, lu.key);
    assert.equal(en.statusCode, 200, en.body);
    assert.match(String(en.headers['content-type']), /^text\/html/);
    assert.match(
      String(en.headers['content-disposition']),
      /attachment; filename="coopsec-case-.*\.html"/,
    );
    assert.equal(en.headers['content-language'], 'en');
    for (const expected of [
      TITLE,
      'TLP:AMBER+STRICT',
      'PAP:AMBER',
      'cert-be',
      'Isolate the historians',
    ])
      assert.ok(en.body.includes(expected), `report lacks "${expected}"`);

    const ru = await t.app.inject({
      method: 'GET',
      url: `/api/incidents/${id}/report`,
      headers: { authorization: authHeader(lu.key), 'accept-language': 'ru-KG,ru;q=0.9' },
    });
    assert.equal(ru.statusCode, 200, ru.body);
    assert.equal(ru.headers['content-language'], 'ru');
    assert.match(ru.body, /<html lang="ru"/);
    assert.ok(ru.body.includes('TLP:AMBER+STRICT'), 'the TLP label stays as it is');
    assert.notEqual(ru.body, en.body);

    const bad = await t.get(`/api/incidents/${id}/report?lang=xx`, lu.key);
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.body, /lang/);
  });
});

void describe('/api/incidents access', () => {
  it('an outsider gets 404 on everything of a case and writes nothing', async () => {
    await using t = await restTestApp();
    const lu = await addMember(t.store, { orgId: 'cert-lu' });
    const be = await addMember(t.store, { orgId: 'cert-be' });
    const ob = await addMember(t.store, { orgId: 'cert-nl' });
    const xx = await addMember(t.store, { orgId: 'cert-xx' });
    // An administrator of another organisation is still an outsider to the case.
    const xxAdmin = await addMember(t.store, { orgId: 'cert-xx', admin: true });

    const opened = await t.send(
      'POST',
      '/api/incidents',
      {
        title: TITLE,
        description: DESCRIPTION,
        rsitClass: 'malicious-code',
        rsitType: 'infected-system',
        severity: 'critical',
        tlp: 'amber',
        pap: 'amber',
        participants: [
          { organisation: 'cert-be', role: 'contributor' },
          { organisation: 'cert-nl', role: 'observer' },
        ],
      },
      lu.key,
    );
    assert.equal(opened.statusCode, 201, opened.body);
    const id = String(json(opened).id);
    const withTask = await t.send(
      'POST',
      `/api/incidents/${id}/tasks`,
      { title: 'Isolate the historians', owner: 'cert-be' },
      lu.key,
    );
    assert.equal(withTask.statusCode, 200, withTask.body);
    const taskId = (json(withTask).tasks as { id: string }[])[0]?.id ?? '';
    assert.match(taskId, /^task--/);
    const before = json(await t.get(`/api/incidents/${id}`, lu.key));

    const ghost = `incident--${randomUUID()}`;
    const attempts = (caseId: string, task: string) =>
      [
        ['GET', `/api/incidents/${caseId}`, undefined],
        ['GET', `/api/incidents/${caseId}/export`, undefined],
        ['GET', `/api/incidents/${caseId}/report`, undefined],
        ['GET', `/api/incidents/${caseId}/report?format=pdf&lang=ru`, undefined],
        ['POST', `/api/incidents/${caseId}/phase`, { phase: 'analyse' }],
        ['POST', `/api/incidents/${caseId}/tasks`, { title: 'Mine', owner: 'cert-xx' }],
        ['POST', `/api/incidents/${caseId}/tasks/${task}/status`, { status: 'cancelled' }],
        ['POST', `/api/incidents/${caseId}/comments`, { text: 'Can we help?' }],
        ['POST', `/api/incidents/${caseId}/events`, { kind: 'action', summary: 'Looked' }],
        ['POST', `/api/incidents/${caseId}/links`, { refs: [`indicator--${randomUUID()}`] }],
        [
          'POST',
          `/api/incidents/${caseId}/participants`,
          { organisation: 'cert-xx', role: 'lead' },
        ],
      ] as const;
    for (const key of [xx.key, xxAdmin.key]) {
      const real = attempts(id, taskId);
      const fake = attempts(ghost, `task--${randomUUID()}`);
      for (let i = 0; i < real.length; i++) {
        const [method, url, body] = real[i] ?? [];
        const r =
          method === 'GET'
            ? await t.get(url ?? '', key)
            : await t.send('POST', url ?? '', body, key);
        assert.equal(r.statusCode, 404, `${method} ${url}: ${r.body}`);
        for (const secret of [TITLE, DESCRIPTION, taskId, 'cert-be', 'Isolate'])
          assert.ok(!r.body.includes(secret), `${url} leaks "${secret}": ${r.body}`);
        // Indistinguishable from a case that does not exist, but for the id asked about.
        const [fm, fu, fb] = fake[i] ?? [];
        const f =
          fm === 'GET' ? await t.get(fu ?? '', key) : await t.send('POST', fu ?? '', fb, key);
        assert.equal(f.statusCode, 404, `${fm} ${fu}: ${f.body}`);
        const plain = (s: string) => s.replaceAll(id, 'ID').replaceAll(ghost, 'ID');
        assert.equal(plain(r.body), plain(f.body), url);
      }
      const list = json(await t.get('/api/incidents', key));
      assert.deepEqual(list, { incidents: [] });
    }
    assert.deepEqual(json(await t.get(`/api/incidents/${id}`, lu.key)), before);

    // Over TAXII the cases' collection is not readable by a member organisation either.
    const taxii = await t.app.inject({
      method: 'GET',
      url: '/taxii2/default/collections/incidents/objects/',
      headers: { accept: TAXII, authorization: authHeader(xx.key) },
    });
    assert.ok([403, 404].includes(taxii.statusCode), `TAXII: ${taxii.statusCode}`);
    assert.ok(!taxii.body.includes(TITLE), 'TAXII leaks the case');

    // Roles: the observer reads and comments, may not work the case; only the lead invites.
    assert.equal((await t.get(`/api/incidents/${id}`, ob.key)).statusCode, 200);
    const obComment = await t.send(
      'POST',
      `/api/incidents/${id}/comments`,
      { text: 'Seen the same note here.' },
      ob.key,
    );
    assert.equal(obComment.statusCode, 200, obComment.body);
    for (const [url, body] of [
      [`/api/incidents/${id}/phase`, { phase: 'analyse' }],
      [`/api/incidents/${id}/tasks`, { title: 'Mine', owner: 'cert-nl' }],
    ] as const)
      assert.equal((await t.send('POST', url, body, ob.key)).statusCode, 403, url);
    const beInvites = await t.send(
      'POST',
      `/api/incidents/${id}/participants`,
      { organisation: 'cert-xx', role: 'observer' },
      be.key,
    );
    assert.equal(beInvites.statusCode, 403, beInvites.body);
    assert.equal((await t.get(`/api/incidents/${id}`, xx.key)).statusCode, 404);

    // Invited by the lead, the same organisation now sees the case: the 404 was membership.
    const invited = await t.send(
      'POST',
      `/api/incidents/${id}/participants`,
      { organisation: 'cert-xx', role: 'observer' },
      lu.key,
    );
    assert.equal(invited.statusCode, 200, invited.body);
    const seen = await t.get(`/api/incidents/${id}`, xx.key);
    assert.equal(seen.statusCode, 200, seen.body);
    assert.equal(json(seen).title, TITLE);
    const listed = json(await t.get('/api/incidents', xx.key)).incidents as { id: string }[];
    assert.deepEqual(
      listed.map((c) => c.id),
      [id],
    );
  });

  it('refuses malformed bodies naming the field, and opens nothing', async () => {
    await using t = await restTestApp();
    const lu = await addMember(t.store, { orgId: 'cert-lu' });
    const good = {
      title: 'Phishing wave',
      rsitClass: 'fraud',
      rsitType: 'phishing',
      severity: 'high',
      tlp: 'amber',
      pap: 'amber',
    };
    const cases: [Record<string, unknown> | string, string][] = [
      [{ ...good, title: undefined }, 'title'],
      [{ ...good, severity: 3 }, 'severity'],
      [{ ...good, participants: 'cert-be' }, 'participants'],
      [{ ...good, participants: [{ organisation: 'cert-be' }] }, 'participants'],
      [{ ...good, severity: 'apocalyptic' }, 'severity'],
      // The domain says rsit_type (the STIX property); the API names the field it was sent.
      [{ ...good, rsitType: 'ransomware' }, 'rsitType'],
      [{ ...good, rsitClass: 'nope' }, 'rsitClass'],
      [{ ...good, participants: [{ organisation: 'cert-zz', role: 'observer' }] }, 'participants'],
    ];
    for (const [body, field] of cases) {
      const r = await t.send('POST', '/api/incidents', body, lu.key);
      assert.equal(r.statusCode, 400, `${JSON.stringify(body)}: ${r.body}`);
      const fields = ((json(r).errors ?? []) as { field?: string }[]).map((e) => e.field ?? '');
      assert.ok(
        fields.some((f) => f.startsWith(field)),
        `${field} not named in ${r.body}`,
      );
    }
    assert.deepEqual(json(await t.get('/api/incidents', lu.key)), { incidents: [] });
  });
});
