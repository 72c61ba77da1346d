import type { Hook } from '@hono/zod-openapi';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { ApiError, errorBody } from './api-error.ts';
import type { AppEnv } from './app-env.ts';

/** Zod failures become one 400 listing each field's problem (never the submitted values). */
// biome-ignore lint/suspicious/noExplicitAny: shared by every route, whatever its schemas
export const validationHook: Hook<any, AppEnv, any, any> = (result, c) => {
  if (result.success) return;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  const where = result.target === 'json' ? 'request body' : result.target;
  return c.json(
    errorBody(
      'validation_failed',
      `Some fields of the ${where} are not valid: ${fields.map((f) => `${f.path}: ${f.message.replace(/\.$/, '')}`).join('; ')}.`,
      { target: result.target, fields },
    ),
    400,
  );
};

export const notFound: NotFoundHandler = (c) =>
  c.json(
    errorBody(
      'not_found',
      `There is no API route ${c.req.method} ${c.req.path}. The list of routes is at /api/openapi.json.`,
    ),
    404,
  );

function fromHttpException(c: Context, error: HTTPException) {
  const status = error.status;
  if (status === 400 && /json/i.test(error.message)) {
    return c.json(
      errorBody(
        'invalid_json',
        'The request body is not valid JSON. Check quotes, commas and brackets, and send Content-Type: application/json.',
      ),
      400,
    );
  }
  if (status === 415) {
    return c.json(
      errorBody(
        'unsupported_media_type',
        'Send the request body as JSON with the header Content-Type: application/json.',
      ),
      415,
    );
  }
  if (status === 413) {
    return c.json(errorBody('payload_too_large', 'The request body is too large.'), 413);
  }
  return c.json(errorBody(`http_${status}`, error.message || 'The request failed.'), status);
}

/**
 * The last word on every failure: one JSON shape, never a stack trace. Unexpected errors are
 * logged by name and stack frames only, because a database error's message can quote the
 * stored values (health data).
 */
export function errorHandler(log: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) {
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    }
    if (error instanceof HTTPException) return fromHttpException(c, error);
    const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
    log.error(
      { err: { name: error.name, code: (error as { code?: unknown }).code, frames } },
      'unexpected error',
    );
    return c.json(
      errorBody(
        'internal',
        'Something went wrong on the server. Your request was not completed; please try again. If it keeps happening, tell the administrator.',
      ),
      500,
    );
  };
}
