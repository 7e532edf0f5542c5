/**
 * The one error type of the system. Every failure that reaches a client is an AppError with a
 * stable code; the HTTP status comes from the single map below, never from the throw site.
 */
export const ERROR_CODES = {
  /** Request body, query or params failed validation; `details` names the fields. */
  validation_failed: 400,
  /** Malformed request that is not a field validation problem. */
  bad_request: 400,
  /** Not logged in, or the session expired. */
  unauthenticated: 401,
  /** Username or password wrong (deliberately not saying which). */
  invalid_credentials: 401,
  /** Too many failed logins: the account is locked for a while. */
  account_locked: 423,
  /** The account is disabled by the security administrator. */
  account_disabled: 403,
  /** Logged in, but the role does not allow this action. */
  forbidden: 403,
  /** Missing or wrong CSRF token on a state-changing request. */
  csrf_failed: 403,
  /** The record does not exist or lies outside the actor's scope. */
  not_found: 404,
  /** A unique key is taken (e.g. username, credit code). */
  duplicate: 409,
  /** The record changed under us (optimistic concurrency) or the action is no longer possible. */
  conflict: 409,
  /** The action is not allowed in the record's current state (illegal transition). */
  invalid_state: 409,
  /** The submitter may not decide on their own item. */
  self_review: 403,
  /** The account must change its (initial or reset) password before doing anything else. */
  password_change_required: 403,
  /** Password does not meet the password rules. */
  weak_password: 400,
  /** Too many requests from this client. */
  rate_limited: 429,
  /** Anything unexpected; the message never leaks internals. */
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A field-level problem: `field` is a dotted path into the request. */
export interface FieldError {
  field: string;
  message: string;
}

/** The error envelope sent to clients: `{ code, message, details? }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: FieldError[] | Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: FieldError[] | Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** Shorthand for a validation error on one field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ field, message }]);
}

/** Shorthand for "not found (or not yours to see)". */
export function notFound(what = '记录'): AppError {
  return new AppError('not_found', `${what}不存在或不在您的管辖范围内`);
}

/** Shorthand for a role check failure. */
export function forbidden(message = '您没有执行此操作的权限'): AppError {
  return new AppError('forbidden', message);
}
