/**
 * Problem titles follow the request's Accept-Language (RFC 9457 §3.1.3: the title is for
 * people), while what scripts read — `type`, `code`, `status`, the field names in `errors` —
 * stays the same in every language.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CoopsecError, type ErrorCode } from '@coopsec/model';
import { HTTP_STATUS } from '../http-status.ts';
import { problemFromError } from './problem.ts';
import { restTestApp } from './testing.ts';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors: { field?: string }[];
}
const parse = (body: string): ProblemBody => JSON.parse(body) as ProblemBody;

void describe('problem+json in the request language', () => {
  void it('gives every error code a Russian title of its own, and nothing else changes', () => {
    const codes = Object.keys(HTTP_STATUS) as ErrorCode[];
    const ruTitles = new Set<string>();
    for (const code of codes) {
      const error = new CoopsecError(code, 'year: must be a number', {
        details: [{ field: 'year', message: 'must be a number' }],
      });
      const en = problemFromError(error, 'en');
      const ru = problemFromError(error, 'ru');
      assert.notEqual(ru.title, en.title, code);
      assert.match(ru.title, /[А-Яа-яЁё]/, `${code}: ${ru.title}`);
      ruTitles.add(ru.title);
      assert.deepEqual({ ...ru, title: '', detail: '' }, { ...en, title: '', detail: '' }, code);
    }
    assert.equal(ruTitles.size, codes.length, 'two codes share a Russian title');
    const internal = problemFromError(new CoopsecError('INTERNAL', 'secret path /etc/x'), 'ru');
    assert.doesNotMatch(internal.detail, /secret/);
    assert.match(internal.detail, /непредвиденная/);
  });

  void it('answers a bad query in Russian with the same type, code and field', async () => {
    await using t = await restTestApp();
    const ask = (lang?: string) =>
      t.app.inject({
        method: 'GET',
        url: '/api/alerts?limit=0',
        headers: {
          authorization: `Bearer ${t.adminKey}`,
          ...(lang === undefined ? {} : { 'accept-language': lang }),
        },
      });
    const [en, ru] = [await ask(), await ask('ru-KG, en;q=0.5')];
    for (const res of [en, ru]) assert.equal(res.statusCode, 400, res.body);
    const [pe, pr] = [parse(en.body), parse(ru.body)];
    assert.equal(pe.title, 'Bad input');
    assert.equal(pr.title, 'Неверные входные данные');
    assert.equal(en.headers['content-language'], 'en');
    assert.equal(ru.headers['content-language'], 'ru');
    assert.match(String(ru.headers.vary), /Accept-Language/i);
    assert.deepEqual(
      { type: pr.type, code: pr.code, fields: pr.errors.map((e) => e.field) },
      { type: pe.type, code: pe.code, fields: ['limit'] },
    );
  });

  void it('speaks Russian for a missing key and for an unknown route', async () => {
    await using t = await restTestApp();
    const unsigned = await t.app.inject({
      method: 'GET',
      url: '/api/alerts',
      headers: { 'accept-language': 'ru' },
    });
    assert.equal(unsigned.statusCode, 401);
    assert.equal(parse(unsigned.body).title, 'Вход не выполнен');
    assert.equal(parse(unsigned.body).code, 'UNAUTHENTICATED');
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/no-such-thing',
      headers: { authorization: `Bearer ${t.adminKey}`, 'accept-language': 'ru' },
    });
    assert.equal(missing.statusCode, 404);
    assert.equal(parse(missing.body).title, 'Не найдено');
  });
});
