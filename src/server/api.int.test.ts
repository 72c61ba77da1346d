import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/open-store.ts';
import { openTestStore, testDatabaseTiers } from '../store/test-databases.ts';
import { ApiClient, inProcess } from './api-client.ts';
import { createApp } from './create-app.ts';

/** Captures every log line so tests can check what is (not) logged. */
function capturedLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), text: () => lines.join('') };
}

describe.each(testDatabaseTiers())('API on $name', (tier) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  let logs: ReturnType<typeof capturedLog>;
  let admin: ApiClient;

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(tier));
    logs = capturedLog();
    app = createApp({ store, log: logs.log, version: '9.9.9-test', maxBodyBytes: 4096 });
    admin = new ApiClient(inProcess(app));
    await admin.signUp({
      email: 'admin@example.org',
      password: 'correct horse battery staple',
      displayName: 'Admin',
      role: 'clinician',
    });
  });
  afterAll(() => dispose());

  const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('reports health with the database kind and version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'ok',
      version: '9.9.9-test',
      database: { kind: tier.name === 'PGlite' ? 'pglite' : 'postgresql', reachable: true },
    });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('stores a clinic and reads it back, by id and in the list', async () => {
    const clinic = await admin.json<{ id: string }>(
      'POST',
      '/api/clinics',
      { name: 'Dystonia clinic', timeZone: 'Europe/Berlin' },
      201,
    );
    expect(clinic).toMatchObject({ name: 'Dystonia clinic', timeZone: 'Europe/Berlin' });
    expect(await admin.json('GET', `/api/clinics/${clinic.id}`)).toEqual(clinic);
    const list = await admin.json<{ clinics: unknown[] }>('GET', '/api/clinics');
    expect(list.clinics).toContainEqual(clinic);
    expect(
      (await postJson('/api/clinics', JSON.stringify({ name: 'Anonymous clinic' }))).status,
    ).toBe(401);
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await postJson('/api/clinics', '{"name": "Unclosed');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_json');
    expect(body.error.message).toMatch(/not valid JSON/);
  });

  it('answers an oversized body with 413, by declared length and by streamed length', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(10_000) });
    const declared = await postJson('/api/clinics', big);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatchObject({
      code: 'payload_too_large',
      details: { maxBytes: 4096 },
    });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await app.request('/api/clinics', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    for (const [method, path] of [
      ['GET', '/api/no-such-thing'],
      ['DELETE', '/api/clinics'],
      ['GET', '/api'],
    ] as const) {
      const res = await app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
  });

  it('names each invalid field and never echoes what was sent', async () => {
    const res = await postJson(
      '/api/clinics',
      JSON.stringify({ name: '', timeZone: 'Mars/Olympus', extra: 1 }),
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('validation_failed');
    const paths = body.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'timeZone']));
    expect(JSON.stringify(body)).not.toContain('Mars/Olympus');
    const badId = await app.request('/api/clinics/not-a-uuid');
    expect(badId.status).toBe(400);
    const missing = await admin.request('GET', '/api/clinics/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  it('rejects a wrong content type instead of guessing', async () => {
    const res = await app.request('/api/clinics', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'name=Clinic',
    });
    expect(res.status).toBe(415);
    const body = await res.json();
    expect(body.error.code).toBe('unsupported_media_type');
    expect(body.error.message).toMatch(/application\/json/);
  });

  it('sends security headers: a CSP with no inline script and no other origin, no caching', async () => {
    const res = await app.request('/api/health');
    // The whole policy, word for word: any change to it must be made here on purpose. Scripts
    // only from this origin and never eval(); 'wasm-unsafe-eval' allows compiling WebAssembly
    // (the video check's model backend) and nothing else.
    expect(res.headers.get('content-security-policy')).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it("serves the video check's models and WASM from node_modules, and nothing else there", async () => {
    for (const [path, type] of [
      ['/models/blazeface.json', 'application/json'],
      ['/models/facemesh.bin', 'application/octet-stream'],
      ['/models/iris.json', 'application/json'],
      ['/models/movenet-lightning.bin', 'application/octet-stream'],
      ['/wasm/tfjs-backend-wasm-simd.wasm', 'application/wasm'],
      ['/wasm/tfjs-backend-wasm.wasm', 'application/wasm'],
    ] as const) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=86400');
      const body = new Uint8Array(await res.arrayBuffer());
      expect(body.length, path).toBeGreaterThan(1000);
      if (type === 'application/wasm') expect([...body.subarray(0, 4)]).toEqual([0, 97, 115, 109]);
      if (type === 'application/json')
        expect(JSON.parse(new TextDecoder().decode(body))).toBeTruthy();
      // Revalidation by ETag: the package version is part of it.
      const etag = res.headers.get('etag') ?? '';
      expect(etag, path).toMatch(/^"(human-3\.3\.6|tfjs-backend-wasm-4\.22\.0)-/);
      const again = await app.request(path, { headers: { 'if-none-match': etag } });
      expect(again.status, path).toBe(304);
    }
    for (const path of [
      '/models/emotion.json',
      '/models/models.json',
      '/models/README.md',
      '/models/../package.json',
      '/models/%2e%2e/package.json',
      '/models/..%2fpackage.json',
      '/models/facemesh.json/',
      '/models/sub/facemesh.json',
      '/models/',
      '/wasm/tfjs-backend-wasm.js',
      '/wasm/../../package.json',
      '/wasm/%2e%2e%2f%2e%2e%2fpackage.json',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toMatch(/"version"|"name"/);
    }
  });

  it('serves an OpenAPI 3.1 document listing every route with the error shape', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/clinics', '/api/clinics/{id}']),
    );
    expect(doc.components.schemas.Error).toBeDefined();
    expect(doc.paths['/api/clinics'].post.responses['413']).toBeDefined();
  });

  it('logs each request without its body, query or concrete path', async () => {
    await postJson(
      '/api/clinics?note=secret-query',
      JSON.stringify({ name: 'Clinic LOGMARKER-7' }),
    );
    const text = logs.text();
    expect(text).toContain('"route":"/api/clinics"');
    expect(text).not.toContain('LOGMARKER-7');
    expect(text).not.toContain('secret-query');
  });

  it('turns an unexpected failure into a 500 without a stack trace, and health into 503', async () => {
    const brokenStore: Store = {
      kind: store.kind,
      db: store.db,
      ping: () => Promise.reject(new Error('connection refused')),
      close: () => Promise.resolve(),
    };
    const failing = createApp({
      store: {
        ...brokenStore,
        db: new Proxy(store.db, {
          get: () => {
            throw new Error('boom secret-value');
          },
        }),
      },
      log: logs.log,
      version: 'x',
    });
    const res = await failing.request('/api/clinics', { headers: { cookie: admin.cookie ?? '' } });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.code).toBe('internal');
    expect(JSON.stringify(body)).not.toMatch(/boom|at .*\.ts/);
    expect(logs.text()).not.toContain('secret-value');
    const health = await createApp({ store: brokenStore, log: logs.log, version: 'x' }).request(
      '/api/health',
    );
    expect(health.status).toBe(503);
    expect((await health.json()).database.reachable).toBe(false);
  });
});
