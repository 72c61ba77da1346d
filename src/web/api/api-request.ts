/** An API failure in the server's one error shape, with the field messages if any. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: { path: string; message: string }[];
  constructor(
    status: number,
    code: string,
    message: string,
    fields: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** The message for one form field, if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

let csrfToken: string | undefined;
const activityListeners = new Set<() => void>();
const endedListeners = new Set<() => void>();

/** The session's CSRF token, sent with every change (the cookie itself is httpOnly). */
export function setCsrfToken(token: string | undefined) {
  csrfToken = token;
}

/** Called after each request the server counts as activity (it moves the idle timeout). */
export function onActivity(listener: () => void) {
  activityListeners.add(listener);
  return () => {
    activityListeners.delete(listener);
  };
}

/** Called when the server says the session has ended. */
export function onSessionEnded(listener: () => void) {
  endedListeners.add(listener);
  return () => {
    endedListeners.delete(listener);
  };
}

/**
 * Calls the Tonus API. Resolves with the parsed JSON body (undefined for 204); rejects with
 * an {@link ApiProblem} whose message can be shown to the person as it is. `idempotencyKey`
 * makes adding an entry safe to send again (the server stores it once).
 */
export async function apiRequest<T>(
  method: string,
  path: string,
  body?: unknown,
  idempotencyKey?: string,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiProblem(
      0,
      'offline',
      'Tonus cannot reach the server. Check your connection and try again.',
    );
  }
  if (path !== '/api/auth/session') for (const listener of activityListeners) listener();
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!res.ok) {
    const error = (
      parsed as {
        error?: {
          code?: string;
          message?: string;
          details?: { fields?: { path: string; message: string }[] };
        };
      }
    )?.error;
    if (res.status === 401 && error?.code === 'session_ended')
      for (const listener of endedListeners) listener();
    throw new ApiProblem(
      res.status,
      error?.code ?? `http_${res.status}`,
      error?.message ?? 'Something went wrong. Please try again.',
      error?.details?.fields ?? [],
    );
  }
  return parsed as T;
}
