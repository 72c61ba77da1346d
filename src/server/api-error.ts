import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one shape of every failure the API returns. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'No clinic has this id.' }),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export type ErrorBody = z.infer<typeof ErrorBody>;

/** Thrown by route handlers; turned into {@link ErrorBody} by the app's error handler. */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly details: unknown;
  constructor(status: ContentfulStatusCode, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined
    ? { error: { code, message } }
    : { error: { code, message, details } };
}

/** OpenAPI response entries for the failures every route can return. */
export function errorResponses(...statuses: ContentfulStatusCode[]) {
  const descriptions: Partial<Record<ContentfulStatusCode, string>> = {
    400: 'The request was malformed or failed validation.',
    401: 'Not signed in, or the session has ended.',
    403: 'Signed in, but not allowed to do this.',
    404: 'Not found.',
    409: 'Conflicts with what is stored.',
    413: 'The request body is too large.',
    415: 'The request body is not JSON.',
    429: 'Too many attempts; wait before trying again.',
    500: 'Unexpected server error.',
    503: 'A service Tonus depends on is unavailable.',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        content: { 'application/json': { schema: ErrorBody } },
      },
    ]),
  );
}
