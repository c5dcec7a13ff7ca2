/** Every error the API answers with: one code, its HTTP status and what it means. Bodies are `{error: {code, message}}`. */
export const API_ERRORS = {
  invalid_request: { status: 400, description: 'A parameter, query or body failed validation; the message names it.' },
  invalid_json: { status: 400, description: 'The body is not valid JSON (or a JSONL line is not).' },
  unauthorized: { status: 401, description: 'Writes need `Authorization: Bearer <CORROBORATE_TOKEN>`.' },
  not_found: { status: 404, description: 'No story, article or route with that id or path.' },
  method_not_allowed: { status: 405, description: 'The path exists but not with this method.' },
  body_too_large: { status: 413, description: 'The body is larger than the server accepts.' },
  unprocessable: { status: 422, description: 'The article was read but could not be used (no main text found).' },
  unsupported_media_type: {
    status: 415,
    description: 'Send `application/json` (one article) or `application/x-ndjson` (JSONL batch).',
  },
  internal: { status: 500, description: 'A bug in the server; the request itself may be fine.' },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = API_ERRORS[code].status;
  }
  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

/** Fastify's own error codes for bad requests, mapped onto ours (so a bad request never becomes a 500). */
const FASTIFY_CODES: Record<string, ApiErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_VALIDATION: 'invalid_request',
  FST_ERR_BAD_URL: 'invalid_request',
  FST_ERR_ASYNC_CONSTRAINT: 'invalid_request',
};

interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validation?: unknown;
  validationContext?: unknown;
}

/** Turns anything thrown while handling a request into an `ApiError`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const message = typeof e.message === 'string' ? e.message : 'unknown error';
  if (Array.isArray(e.validation)) {
    const allowed = (e.validation[0] as { params?: { allowedValues?: unknown[] } } | undefined)?.params?.allowedValues;
    return new ApiError('invalid_request', allowed ? `${message}: ${allowed.join(', ')}` : message);
  }
  const mapped = typeof e.code === 'string' ? FASTIFY_CODES[e.code] : undefined;
  if (mapped) return new ApiError(mapped, message);
  if (message.includes('Unexpected token') || error instanceof SyntaxError)
    return new ApiError('invalid_json', message);
  // Any other 4xx raised by Fastify or a plugin is the client's: keep it a 4xx.
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const byStatus = (Object.keys(API_ERRORS) as ApiErrorCode[]).find(
      (code) => API_ERRORS[code].status === e.statusCode,
    );
    return new ApiError(byStatus ?? 'invalid_request', message);
  }
  return new ApiError('internal', 'internal error');
}
