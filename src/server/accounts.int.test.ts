import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeAdministrator, removeAdministrator } from '../store/administrators.ts';
import type { Store } from '../store/open-store.ts';
import { openTestStore, testDatabaseTiers } from '../store/test-databases.ts';
import { ApiClient, inProcess } from './api-client.ts';
import { createApp } from './create-app.ts';
import { emptyDatabase, PASSWORD } from './test-world.ts';

const MINUTE = 60_000;

describe.each(testDatabaseTiers())('accounts and sessions on $name', (tier) => {
  let store: Store;
  let dispose: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const clock = { now: Date.parse('2026-03-01T08:00:00Z') };
  let logLines: string[];
  const client = () => new ApiClient(inProcess(app));

  beforeAll(async () => {
    ({ store, dispose } = await openTestStore(tier));
    logLines = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = createApp({
      store,
      log: pino({ level: 'debug' }, sink),
      version: 'test',
      trustProxy: true,
      clock: () => new Date(clock.now),
    });
  });
  afterAll(() => dispose());
  beforeEach(async () => {
    await emptyDatabase(store);
    clock.now = Date.parse('2026-03-01T08:00:00Z');
  });

  const newAccount = async (email: string, role = 'patient') => {
    const c = client();
    await c.signUp({ email, password: PASSWORD, displayName: email.split('@')[0] as string, role });
    return c;
  };

  describe('sign-up', () => {
    it('makes the first account the admin and no other', async () => {
      const first = await newAccount('first@example.org');
      const second = await newAccount('second@example.org', 'clinician');
      expect(first.account?.isAdmin).toBe(true);
      expect(second.account?.isAdmin).toBe(false);
    });

    it('refuses short, common and email-based passwords with a reason', async () => {
      for (const [password, reason] of [
        ['short pass', 'at least 12 characters'],
        ['password1234', 'very common passwords'],
        ['qwertyuiop12', 'very common passwords'],
        ['aaaaaaaaaaaaaaaa', 'repeats too few'],
        ['jordan.smith-2026!', 'email address'],
      ]) {
        const res = await client().request('POST', '/api/auth/sign-up', {
          email: 'Jordan.Smith@example.org',
          password,
          displayName: 'Jordan',
          role: 'patient',
        });
        expect(res.status, password).toBe(400);
        const body = await res.json();
        expect(body.error.code).toBe('weak_password');
        expect(body.error.message).toContain(reason);
      }
      const { rows } = await store.db.execute<{ n: number }>(
        sql`select count(*)::int as n from users`,
      );
      expect(rows[0]?.n).toBe(0);
    });

    it('treats emails case-insensitively and refuses a second account for one', async () => {
      await newAccount('Case@Example.org');
      const res = await client().request('POST', '/api/auth/sign-up', {
        email: 'case@example.ORG',
        password: PASSWORD,
        displayName: 'Again',
        role: 'patient',
      });
      expect(res.status).toBe(409);
      expect((await res.json()).error.code).toBe('email_taken');
      await client().signIn({ email: 'CASE@example.org', password: PASSWORD });
    });

    it('sets an httpOnly, SameSite=Lax cookie, Secure over HTTPS', async () => {
      const plain = await app.request('/api/auth/sign-up', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'c1@example.org',
          password: PASSWORD,
          displayName: 'C',
          role: 'patient',
        }),
      });
      const cookie = plain.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^tonus_session=/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).not.toContain('Secure');
      const viaProxy = await app.request('/api/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ email: 'c1@example.org', password: PASSWORD }),
      });
      expect(viaProxy.headers.get('set-cookie')).toContain('Secure');
    });

    it('never logs a password or an email', async () => {
      logLines.length = 0;
      await newAccount('logcheck@example.org');
      await client().request('POST', '/api/auth/sign-in', {
        email: 'logcheck@example.org',
        password: 'wrong but long password',
      });
      const text = logLines.join('');
      expect(text).toContain('/api/auth/sign-in');
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('wrong but long password');
      expect(text).not.toContain('logcheck@');
    });
  });

  describe('sign-in throttling', () => {
    const attempt = (email: string, password: string, address = '203.0.113.5') => {
      const c = client();
      c.extraHeaders['x-forwarded-for'] = address;
      return c.request('POST', '/api/auth/sign-in', { email, password });
    };

    it('backs off per account, growing, and says how long to wait', async () => {
      await newAccount('throttle@example.org');
      for (let i = 0; i < 5; i++) {
        // Each from another address, so only the account's counter grows.
        expect(
          (await attempt('throttle@example.org', 'not the password!', `198.51.100.${i}`)).status,
        ).toBe(401);
      }
      const blocked = await attempt('throttle@example.org', PASSWORD, '198.51.100.99');
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBe('2');
      expect((await blocked.json()).error.message).toContain('Wait 2 seconds');
      clock.now += 2_500;
      expect(
        (await attempt('throttle@example.org', 'still not it!!', '198.51.100.98')).status,
      ).toBe(401);
      const longer = await attempt('throttle@example.org', PASSWORD, '198.51.100.97');
      expect(longer.headers.get('retry-after')).toBe('4');
      clock.now += 4_500;
      expect((await attempt('throttle@example.org', PASSWORD, '198.51.100.96')).status).toBe(200);
      // Success resets the account's count.
      expect((await attempt('throttle@example.org', 'wrong again!!', '198.51.100.95')).status).toBe(
        401,
      );
      expect((await attempt('throttle@example.org', PASSWORD, '198.51.100.94')).status).toBe(200);
    });

    it('backs off per address across accounts, and not for other addresses', async () => {
      await newAccount('victim@example.org');
      for (let i = 0; i < 5; i++) {
        expect(
          (await attempt(`guess${i}@example.org`, 'guessing a password', '192.0.2.66')).status,
        ).toBe(401);
      }
      expect((await attempt('victim@example.org', PASSWORD, '192.0.2.66')).status).toBe(429);
      expect((await attempt('victim@example.org', PASSWORD, '192.0.2.67')).status).toBe(200);
    });

    it('holds against guesses sent all at once: only the free ones are checked', async () => {
      await newAccount('parallel@example.org');
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          attempt('parallel@example.org', `parallel guess ${i}!`, `198.51.100.${i}`),
        ),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
      expect((await attempt('parallel@example.org', PASSWORD, '198.51.100.99')).status).toBe(429);
    });

    it("never holds back someone who signs in often from one address, and keeps others' failures there", async () => {
      await newAccount('often@example.org');
      for (let i = 0; i < 8; i++) {
        expect((await attempt('often@example.org', PASSWORD, '192.0.2.80')).status).toBe(200);
      }
      for (let i = 0; i < 4; i++) {
        expect(
          (await attempt(`other${i}@example.org`, 'guessing a password', '192.0.2.80')).status,
        ).toBe(401);
      }
      expect((await attempt('often@example.org', PASSWORD, '192.0.2.80')).status).toBe(200);
      // The right password did not wipe the four failures: the fifth backs the address off.
      expect(
        (await attempt('other9@example.org', 'guessing a password', '192.0.2.80')).status,
      ).toBe(401);
      expect((await attempt('often@example.org', PASSWORD, '192.0.2.80')).status).toBe(429);
    });

    it('answers an unknown email exactly like a wrong password', async () => {
      await newAccount('known@example.org');
      const unknown = await attempt('unknown@example.org', 'some password here', '192.0.2.1');
      const wrong = await attempt('known@example.org', 'some password here', '192.0.2.2');
      expect(unknown.status).toBe(wrong.status);
      expect(await unknown.json()).toEqual(await wrong.json());
    });
  });

  describe('CSRF protection', () => {
    it('refuses a change without the session token, with a wrong one, or from another origin', async () => {
      const patient = await newAccount('csrf@example.org');
      const path = `/api/patients/${patient.account?.id}/check-ins`;
      const body = { day: '2026-03-01', severity: 2, pain: 1, function: 1, regions: [] };
      const token = patient.csrfToken;
      patient.csrfToken = undefined;
      const missing = await patient.request('PUT', path, body);
      expect(missing.status).toBe(403);
      expect((await missing.json()).error.code).toBe('csrf_rejected');
      patient.csrfToken = 'not-the-token';
      expect((await patient.request('PUT', path, body)).status).toBe(403);
      patient.csrfToken = token;
      patient.extraHeaders = { origin: 'https://evil.example', host: 'tonus.example' };
      expect((await patient.request('PUT', path, body)).status).toBe(403);
      patient.extraHeaders = { origin: 'https://tonus.example', host: 'tonus.example' };
      expect((await patient.request('PUT', path, body)).status).toBe(200);
      const { rows } = await store.db.execute<{ n: number }>(
        sql`select count(*)::int as n from check_ins`,
      );
      expect(rows[0]?.n).toBe(1);
    });

    it('refuses a sign-in posted from another website', async () => {
      await newAccount('origin@example.org');
      const c = client();
      c.extraHeaders = { origin: 'https://evil.example', host: 'tonus.example' };
      const res = await c.request('POST', '/api/auth/sign-in', {
        email: 'origin@example.org',
        password: PASSWORD,
      });
      expect(res.status).toBe(403);
    });
  });

  describe('session expiry', () => {
    it('ends after 30 minutes idle; reading the session is not activity; any request is', async () => {
      const patient = await newAccount('idle@example.org');
      const session = await patient.json<{ idleExpiresAt: string; warnBeforeMs: number }>(
        'GET',
        '/api/auth/session',
      );
      expect(Date.parse(session.idleExpiresAt) - clock.now).toBe(30 * MINUTE);
      expect(session.warnBeforeMs).toBe(2 * MINUTE);
      clock.now += 20 * MINUTE;
      await patient.json('GET', '/api/auth/session');
      clock.now += 9 * MINUTE;
      await patient.json('POST', '/api/auth/session/extend');
      clock.now += 29 * MINUTE;
      await patient.json('GET', '/api/auth/session');
      clock.now += 2 * MINUTE;
      const ended = await patient.request('GET', '/api/auth/session');
      expect(ended.status).toBe(401);
      const body = await ended.json();
      expect(body.error.code).toBe('session_ended');
      expect(body.error.message).toContain('kept on this device');
    });

    it('ends 12 hours after sign-in however active', async () => {
      const patient = await newAccount('absolute@example.org');
      const start = clock.now;
      while (clock.now < start + 12 * 60 * MINUTE - 25 * MINUTE) {
        clock.now += 25 * MINUTE;
        await patient.json('POST', '/api/auth/session/extend');
      }
      const last = await patient.json<{ idleExpiresAt: string; absoluteExpiresAt: string }>(
        'GET',
        '/api/auth/session',
      );
      expect(Date.parse(last.idleExpiresAt)).toBeLessThanOrEqual(
        Date.parse(last.absoluteExpiresAt),
      );
      clock.now = start + 12 * 60 * MINUTE + 1;
      expect((await patient.request('GET', '/api/auth/session')).status).toBe(401);
    });

    it('ends at sign-out, and the old cookie no longer works', async () => {
      const patient = await newAccount('signout@example.org');
      const cookie = patient.cookie;
      expect((await patient.request('POST', '/api/auth/sign-out')).status).toBe(204);
      patient.cookie = cookie;
      expect((await patient.request('GET', '/api/auth/session')).status).toBe(401);
    });
  });

  describe('second factor', () => {
    it('asks for a TOTP code once enabled and accepts only the current one', async () => {
      const patient = await newAccount('totp@example.org');
      const { secret, uri } = await patient.json<{ secret: string; uri: string }>(
        'POST',
        '/api/auth/totp/setup',
      );
      expect(uri).toMatch(/^otpauth:\/\/totp\/Tonus:totp%40example\.org\?/);
      const totp = new TOTP({ secret: Secret.fromBase32(secret) });
      const wrong = await patient.request('POST', '/api/auth/totp/enable', {
        code: '000000' === totp.generate({ timestamp: clock.now }) ? '111111' : '000000',
      });
      expect(wrong.status).toBe(400);
      await patient.json('POST', '/api/auth/totp/enable', {
        code: totp.generate({ timestamp: clock.now }),
      });

      const noCode = await client().request('POST', '/api/auth/sign-in', {
        email: 'totp@example.org',
        password: PASSWORD,
      });
      expect(noCode.status).toBe(401);
      expect((await noCode.json()).error.code).toBe('totp_required');
      const stale = totp.generate({ timestamp: clock.now - 5 * MINUTE });
      const old = await client().request('POST', '/api/auth/sign-in', {
        email: 'totp@example.org',
        password: PASSWORD,
        totpCode: stale,
      });
      expect(old.status).toBe(401);
      // The code that turned the app on was used; the next 30-second code signs in, once.
      clock.now += 30_000;
      const fresh = totp.generate({ timestamp: clock.now });
      await client().signIn({ email: 'totp@example.org', password: PASSWORD, totpCode: fresh });
      const replay = await client().request('POST', '/api/auth/sign-in', {
        email: 'totp@example.org',
        password: PASSWORD,
        totpCode: fresh,
      });
      expect(replay.status).toBe(401);
      expect((await replay.json()).error.message).toContain('already used');
    });

    it('does not count a right password waiting for its code as a failure', async () => {
      const patient = await newAccount('totp-wait@example.org');
      const { secret } = await patient.json<{ secret: string }>('POST', '/api/auth/totp/setup');
      const totp = new TOTP({ secret: Secret.fromBase32(secret) });
      await patient.json('POST', '/api/auth/totp/enable', {
        code: totp.generate({ timestamp: clock.now }),
      });
      for (let i = 0; i < 7; i++) {
        const noCode = await client().request('POST', '/api/auth/sign-in', {
          email: 'totp-wait@example.org',
          password: PASSWORD,
        });
        expect((await noCode.json()).error.code).toBe('totp_required');
      }
      clock.now += 30_000;
      await client().signIn({
        email: 'totp-wait@example.org',
        password: PASSWORD,
        totpCode: totp.generate({ timestamp: clock.now }),
      });
    });
  });

  describe('removing the second factor', () => {
    async function withTotp(email: string) {
      const patient = await newAccount(email);
      const { secret } = await patient.json<{ secret: string }>('POST', '/api/auth/totp/setup');
      const totp = new TOTP({ secret: Secret.fromBase32(secret) });
      await patient.json('POST', '/api/auth/totp/enable', {
        code: totp.generate({ timestamp: clock.now }),
      });
      return patient;
    }
    const totpOn = async (patient: Awaited<ReturnType<typeof newAccount>>) =>
      (await patient.json<{ account: { totpEnabled: boolean } }>('GET', '/api/auth/session'))
        .account.totpEnabled;

    it('needs the password, and backs off wrong ones with sign-in', async () => {
      const patient = await withTotp('totp-off@example.org');
      expect(await totpOn(patient)).toBe(true);
      for (let i = 0; i < 5; i++) {
        const wrong = await patient.request('POST', '/api/auth/totp/disable', {
          password: `guess number ${i}!`,
        });
        expect(wrong.status).toBe(403);
        expect((await wrong.json()).error.message).toContain('still needed');
      }
      const blocked = await patient.request('POST', '/api/auth/totp/disable', {
        password: PASSWORD,
      });
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBe('2');
      expect(await totpOn(patient)).toBe(true);
      clock.now += 2_500;
      expect(
        (await patient.request('POST', '/api/auth/totp/disable', { password: PASSWORD })).status,
      ).toBe(200);
      expect(await totpOn(patient)).toBe(false);
      // The right password cleared the count: the next sign-in is not held back.
      const signIn = await client().request('POST', '/api/auth/sign-in', {
        email: 'totp-off@example.org',
        password: PASSWORD,
      });
      expect(signIn.status).toBe(200);
    });
  });

  describe('data rights', () => {
    /** Asks to erase: the record (`id`) or, without it, the signed-in account. */
    const erase = (who: ApiClient, id: string | null, password = PASSWORD) =>
      who.request('POST', id === null ? '/api/account/erase' : `/api/patients/${id}/erase`, {
        password,
        confirm: 'ERASE',
      });

    async function sharedPatient() {
      await newAccount('admin@example.org', 'clinician');
      const patient = await newAccount('erase-me@example.org');
      const clinician = await newAccount('doctor@example.org', 'clinician');
      const id = patient.account?.id as string;
      await patient.json('PUT', `/api/patients/${id}/check-ins`, {
        day: '2026-02-28',
        severity: 7,
        pain: 5,
        function: 6,
        regions: ['neck', 'arm_dist_R'],
        note: 'bad day',
      });
      const { code } = await patient.json<{ code: string }>(
        'POST',
        `/api/patients/${id}/invitations`,
        { relation: 'clinician', scope: 'read', endsOn: null },
        201,
      );
      await clinician.json(
        'POST',
        '/api/invitations/accept',
        { code: code.toLowerCase().replace(/-/g, ' ') },
        201,
      );
      await clinician.json('GET', `/api/patients/${id}/check-ins`);
      await patient.json(
        'POST',
        `/api/patients/${id}/invitations`,
        { relation: 'caregiver', scope: 'read', endsOn: '2026-12-31' },
        201,
      );
      return { patient, clinician, id };
    }

    it('exports everything about the person in one documented JSON file, without secrets', async () => {
      const { patient, id } = await sharedPatient();
      const res = await patient.request('GET', `/api/patients/${id}/export`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(
        /attachment; filename="tonus-export-2026-03-01\.json"/,
      );
      const text = await res.text();
      const data = JSON.parse(text);
      expect(data).toMatchObject({
        format: 'tonus-export',
        formatVersion: 1,
        account: { id, email: 'erase-me@example.org' },
      });
      expect(data.checkIns).toEqual([
        expect.objectContaining({
          day: '2026-02-28',
          severity: 7,
          note: 'bad day',
          regions: ['neck', 'arm_dist_R'],
        }),
      ]);
      expect(data.grants).toEqual([
        expect.objectContaining({
          scope: 'read',
          grantee: expect.objectContaining({ email: 'doctor@example.org' }),
        }),
      ]);
      expect(data.invitations).toHaveLength(2);
      expect(data.auditEvents.map((e: { action: string }) => e.action)).toContain('check-ins.list');
      expect(text).not.toMatch(/passwordHash|password_hash|\$argon2|codeHash|totpSecret/);
    });

    it('backs off wrong erasure passwords with sign-in, so a session cannot be used to guess', async () => {
      const { patient, id } = await sharedPatient();
      for (let i = 0; i < 5; i++) {
        const wrong = await erase(patient, id, `guess number ${i}!`);
        expect(wrong.status).toBe(403);
      }
      // Even the right password waits now, and nothing is erased.
      const blocked = await erase(patient, id);
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBe('2');
      expect((await blocked.json()).error.message).toContain('Nothing was changed');
      expect(
        (await patient.json<{ checkIns: unknown[] }>('GET', `/api/patients/${id}/check-ins`))
          .checkIns,
      ).toHaveLength(1);
      // The same counter guards sign-in for this account.
      const signIn = await client().request('POST', '/api/auth/sign-in', {
        email: 'erase-me@example.org',
        password: PASSWORD,
      });
      expect(signIn.status).toBe(429);
      clock.now += 2_500;
      expect((await erase(patient, id)).status).toBe(204);
    });

    it("erases a clinician's account and keeps the patient's record and trail of who opened it", async () => {
      const { patient, clinician, id } = await sharedPatient();
      const clinicianId = clinician.account?.id as string;
      const wrong = await erase(clinician, null, 'not my password!');
      expect(wrong.status).toBe(403);
      expect((await wrong.json()).error.message).toContain('Nothing was erased');
      expect((await erase(clinician, null)).status).toBe(204);
      expect((await clinician.request('GET', '/api/auth/session')).status).toBe(401);
      const signIn = await client().request('POST', '/api/auth/sign-in', {
        email: 'doctor@example.org',
        password: PASSWORD,
      });
      expect(signIn.status).toBe(401);
      // The patient's record is whole, and its trail still shows the visit, without a name.
      expect(
        (await patient.json<{ checkIns: unknown[] }>('GET', `/api/patients/${id}/check-ins`))
          .checkIns,
      ).toHaveLength(1);
      const { events } = await patient.json<{
        events: {
          action: string;
          actor: { id: string | null; displayName: string; role: string };
        }[];
      }>('GET', `/api/patients/${id}/audit`);
      expect(events).toContainEqual(
        expect.objectContaining({
          action: 'check-ins.list',
          actor: expect.objectContaining({
            id: clinicianId,
            displayName: 'A deleted account',
            role: 'clinician',
          }),
        }),
      );
      const named = await store.db.execute<{ row: string }>(
        sql.raw(`select u::text as row from users u where u::text like '%doctor@example.org%'`),
      );
      expect(named.rows).toEqual([]);
    });

    it('erases an administrator only once another account holds the role', async () => {
      await sharedPatient();
      const admin = client();
      await admin.signIn({ email: 'admin@example.org', password: PASSWORD });
      const refused = await erase(admin, null);
      expect(refused.status).toBe(409);
      expect((await refused.json()).error.message).toContain(
        'First make another account an administrator',
      );
      expect((await admin.request('GET', '/api/auth/session')).status).toBe(200);

      const doctor = client();
      await doctor.signIn({ email: 'doctor@example.org', password: PASSWORD });
      // Only an administrator sees or names administrators.
      expect((await doctor.request('GET', '/api/admin/administrators')).status).toBe(403);
      const notAllowed = await doctor.request('POST', '/api/admin/administrators', {
        email: 'doctor@example.org',
      });
      expect(notAllowed.status).toBe(403);
      expect(doctor.account?.isAdmin).toBe(false);

      const unknown = await admin.request('POST', '/api/admin/administrators', {
        email: 'nobody@example.org',
      });
      expect(unknown.status).toBe(404);
      expect((await unknown.json()).error.message).toContain('signs up first');
      const malformed = await admin.request('POST', '/api/admin/administrators', {
        email: 'doctor at example',
      });
      expect(malformed.status).toBe(400);
      const named = await admin.json<{ id: string; email: string; isYou: boolean }>(
        'POST',
        '/api/admin/administrators',
        { email: '  Doctor@Example.org ' },
      );
      expect(named).toMatchObject({ email: 'doctor@example.org', isYou: false });
      const { administrators } = await admin.json<{
        administrators: { email: string; isYou: boolean }[];
      }>('GET', '/api/admin/administrators');
      expect(administrators.map((a) => [a.email, a.isYou])).toEqual([
        ['admin@example.org', true],
        ['doctor@example.org', false],
      ]);

      expect((await erase(admin, null)).status).toBe(204);
      const after = await doctor.json<{ administrators: { email: string }[] }>(
        'GET',
        '/api/admin/administrators',
      );
      expect(after.administrators.map((a) => a.email)).toEqual(['doctor@example.org']);
      // The naming is in the trail by account id, without an email.
      const csv = await (await doctor.request('GET', '/api/admin/audit-log')).text();
      const namedLine = csv.split('\n').find((line) => line.includes('administrator.named'));
      expect(namedLine).toContain(`/api/admin/administrators/${named.id}`);
      expect(csv).not.toContain('@example.org');
    });

    it('takes the role from an administrator, never from the last one, and says so in the trail', async () => {
      await sharedPatient();
      const admin = client();
      await admin.signIn({ email: 'admin@example.org', password: PASSWORD });
      const adminId = admin.account?.id as string;
      const doctor = client();
      await doctor.signIn({ email: 'doctor@example.org', password: PASSWORD });
      const doctorId = doctor.account?.id as string;

      const last = await admin.request('DELETE', `/api/admin/administrators/${adminId}`);
      expect(last.status).toBe(409);
      expect((await last.json()).error.message).toContain('Name another administrator first');
      const notOne = await admin.request('DELETE', `/api/admin/administrators/${doctorId}`);
      expect(notOne.status).toBe(404);
      expect((await doctor.request('DELETE', `/api/admin/administrators/${adminId}`)).status).toBe(
        403,
      );

      await admin.json('POST', '/api/admin/administrators', { email: 'doctor@example.org' });
      expect((await admin.request('DELETE', `/api/admin/administrators/${doctorId}`)).status).toBe(
        204,
      );
      // The role is gone at once, on the session the doctor already has.
      expect((await doctor.request('GET', '/api/admin/administrators')).status).toBe(403);
      const { administrators } = await admin.json<{ administrators: { id: string }[] }>(
        'GET',
        '/api/admin/administrators',
      );
      expect(administrators.map((a) => a.id)).toEqual([adminId]);
      // Two administrators each removing the other at once: one of them keeps the role.
      await admin.json('POST', '/api/admin/administrators', { email: 'doctor@example.org' });
      const both = await Promise.all([
        admin.request('DELETE', `/api/admin/administrators/${doctorId}`),
        doctor.request('DELETE', `/api/admin/administrators/${adminId}`),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([204, 409]);
      const left = await store.db.execute<{ n: number }>(
        sql`select count(*)::int as n from users where is_admin`,
      );
      expect(left.rows[0]?.n).toBe(1);
      const csv = await (
        await (both[0]?.status === 204 ? admin : doctor).request('GET', '/api/admin/audit-log')
      ).text();
      expect(csv).toContain(`administrator.removed`);
      expect(csv).not.toContain('@example.org');
    });

    it('never changes the role without its trail: a trail that cannot be written undoes the change', async () => {
      await sharedPatient();
      const trailDown = async () => {
        throw new Error('audit store unavailable');
      };
      await expect(makeAdministrator(store.db, 'doctor@example.org', trailDown)).rejects.toThrow(
        'audit store unavailable',
      );
      const isAdmin = async (email: string) =>
        (
          await store.db.execute<{ is_admin: boolean }>(
            sql`select is_admin from users where email = ${email}`,
          )
        ).rows[0]?.is_admin;
      expect(await isAdmin('doctor@example.org')).toBe(false);
      await makeAdministrator(store.db, 'doctor@example.org', async () => {});
      const admin = await store.db.execute<{ id: string }>(
        sql`select id from users where email = 'admin@example.org'`,
      );
      await expect(
        removeAdministrator(store.db, admin.rows[0]?.id as string, trailDown),
      ).rejects.toThrow('audit store unavailable');
      expect(await isAdmin('admin@example.org')).toBe(true);
    });

    it("keeps a patient administrator's record until another account holds the role, unless theirs is the only account", async () => {
      const alone = await newAccount('alone@example.org');
      expect(alone.account?.isAdmin).toBe(true);
      expect((await erase(alone, alone.account?.id as string)).status).toBe(204);
      // Nobody is left, so the next account to sign up runs the server.
      const next = await newAccount('next@example.org');
      expect(next.account?.isAdmin).toBe(true);
      const caregiver = await newAccount('carer@example.org', 'caregiver');
      const nextId = next.account?.id as string;
      const refused = await erase(next, nextId);
      expect(refused.status).toBe(409);
      expect((await next.request('GET', `/api/patients/${nextId}/export`)).status).toBe(200);
      await next.json('POST', '/api/admin/administrators', { email: 'carer@example.org' });
      expect((await erase(next, nextId)).status).toBe(204);
      const carerSession = await caregiver.json<{ account: { isAdmin: boolean } }>(
        'GET',
        '/api/auth/session',
      );
      expect(carerSession.account.isAdmin).toBe(true);
    });

    it('sends a patient to the erasure of their record, which offers the download first', async () => {
      const { patient, id } = await sharedPatient();
      const res = await erase(patient, null);
      expect(res.status).toBe(403);
      expect((await res.json()).error.message).toContain('Sharing and privacy');
      expect(
        (await patient.json<{ checkIns: unknown[] }>('GET', `/api/patients/${id}/check-ins`))
          .checkIns,
      ).toHaveLength(1);
    });

    it('refuses erasure with a wrong password and keeps everything', async () => {
      const { patient, id } = await sharedPatient();
      const res = await erase(patient, id, 'not my password!');
      expect(res.status).toBe(403);
      expect(
        (await patient.json<{ checkIns: unknown[] }>('GET', `/api/patients/${id}/check-ins`))
          .checkIns,
      ).toHaveLength(1);
    });

    it('erases for real: no row in any table names the person except one audit tombstone', async () => {
      const { patient, clinician, id } = await sharedPatient();
      expect((await erase(patient, id)).status).toBe(204);

      const tables = await store.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema in ('public') and table_type = 'BASE TABLE'`,
      );
      const mentions: string[] = [];
      for (const { table_name } of tables.rows) {
        const rows = await store.db.execute<{ row: string }>(
          sql.raw(
            `select t::text as row from "${table_name}" t where t::text like '%${id}%' or lower(t::text) like '%erase-me@example.org%' or t::text like '%bad day%'`,
          ),
        );
        for (const r of rows.rows) mentions.push(`${table_name}: ${r.row}`);
      }
      expect(mentions).toHaveLength(1);
      expect(mentions[0]).toMatch(/^audit_events: .*account\.erased/);
      expect(mentions[0]).not.toMatch(/erase-me|bad day|neck/);

      // The person is gone; the clinician's account is not, and sees nobody.
      expect((await patient.request('GET', '/api/auth/session')).status).toBe(401);
      expect(
        (
          await client().request('POST', '/api/auth/sign-in', {
            email: 'erase-me@example.org',
            password: PASSWORD,
          })
        ).status,
      ).toBe(401);
      expect(
        (await clinician.json<{ patients: unknown[] }>('GET', '/api/patients')).patients,
      ).toEqual([]);
      expect((await clinician.request('GET', `/api/patients/${id}/check-ins`)).status).toBe(403);
    });

    it('lets the admin export the audit log as CSV without health data', async () => {
      const { id } = await sharedPatient();
      const admin = client();
      await admin.signIn({ email: 'admin@example.org', password: PASSWORD });
      const res = await admin.request('GET', '/api/admin/audit-log');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const csv = await res.text();
      const [header, ...lines] = csv.trim().split('\n');
      expect(header).toBe(
        'id,at,actor_id,actor_role,patient_id,action,resource,outcome,request_id',
      );
      expect(lines.some((l) => l.includes(id) && l.includes('check-ins.list'))).toBe(true);
      expect(csv).not.toMatch(/bad day|erase-me@|neck/);
    });
  });
});
