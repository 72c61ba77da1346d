/**
 * A minimal API client that keeps a session like a browser does (cookie + CSRF header). Used
 * by the integration and end-to-end tests, the demo seeder and the benchmarks; it works both
 * in-process (`app.request`) and over HTTP (`fetch`).
 */
export type Fetcher = (path: string, init?: RequestInit) => Promise<Response>;

export interface SessionBody {
  account: { id: string; email: string; displayName: string; role: string; isAdmin: boolean };
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

export class ApiClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  account: SessionBody['account'] | undefined;
  /** Headers sent with every request (e.g. X-Forwarded-For in throttling tests). */
  extraHeaders: Record<string, string> = {};

  constructor(private readonly fetcher: Fetcher) {}

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { ...this.extraHeaders };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const res = await this.fetcher(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    return res;
  }

  /** Signs up (or in) and keeps the session; throws with the API's message on failure. */
  async signUp(input: { email: string; password: string; displayName: string; role: string }) {
    return this.startSession('/api/auth/sign-up', input);
  }

  async signIn(input: { email: string; password: string; totpCode?: string }) {
    return this.startSession('/api/auth/sign-in', input);
  }

  private async startSession(path: string, body: unknown) {
    const res = await this.request('POST', path, body);
    if (!res.ok) throw new Error(`${path} failed with ${res.status}: ${await res.text()}`);
    const session = (await res.json()) as SessionBody;
    this.csrfToken = session.csrfToken;
    this.account = session.account;
    return session;
  }

  /** Sends a request and returns the parsed JSON, throwing when the status is not `expect`. */
  async json<T = unknown>(method: string, path: string, body?: unknown, expect = 200): Promise<T> {
    const res = await this.request(method, path, body);
    if (res.status !== expect) {
      throw new Error(
        `${method} ${path}: expected ${expect}, got ${res.status}: ${await res.text()}`,
      );
    }
    return (await res.json()) as T;
  }
}

export function inProcess(app: {
  request: (path: string, init?: RequestInit) => Response | Promise<Response>;
}): Fetcher {
  return async (path, init) => app.request(path, init);
}

export function overHttp(baseUrl: string): Fetcher {
  return (path, init) => fetch(`${baseUrl}${path}`, init);
}
