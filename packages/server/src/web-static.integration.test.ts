/**
 * The dashboard's static serving: index.html never cached, hashed assets cached for a year and
 * sent pre-compressed, client routes fall back to index.html, API misses stay problem+json.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { restTestApp } from './rest/testing.ts';

void describe('web-static', () => {
  void it('serves the built dashboard with the right caching, compression and fallback', async () => {
    const root = mkdtempSync(join(tmpdir(), 'coopsec-dist-'));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>coopsec</title><div id="root"></div>',
    );
    const js = 'console.log("coopsec");'.repeat(50);
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), js);
    writeFileSync(join(dist, 'assets', 'index-abc123.js.gz'), gzipSync(js));
    await using t = await restTestApp({ webRoot: dist });
    const index = await t.app.inject({ method: 'GET', url: '/' });
    assert.equal(index.statusCode, 200);
    assert.match(String(index.headers['cache-control']), /no-cache/);
    const asset = await t.app.inject({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(asset.statusCode, 200);
    assert.equal(asset.headers['content-encoding'], 'gzip');
    assert.match(String(asset.headers['cache-control']), /immutable/);
    const route = await t.app.inject({
      method: 'GET',
      url: '/exchange/anything',
      headers: { accept: 'text/html' },
    });
    assert.equal(route.statusCode, 200);
    assert.match(route.body, /<div id="root">/);
    const missingAsset = await t.app.inject({
      method: 'GET',
      url: '/assets/nope.js',
      headers: { accept: '*/*' },
    });
    assert.equal(missingAsset.statusCode, 404);
    const api = await t.app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { accept: 'text/html', authorization: `Bearer ${t.adminKey}` },
    });
    assert.equal(api.statusCode, 404);
    assert.match(String(api.headers['content-type']), /problem\+json/);
    rmSync(root, { recursive: true, force: true });
  });
});
