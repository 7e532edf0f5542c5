import { translate } from '../i18n';

/** A field-level validation problem as sent by the server. */
export interface FieldError {
  field: string;
  message: string;
}

/** Every failed request becomes an ApiError carrying the server's `{code, message, details?}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The `[{field, message}]` list of a validation error (empty otherwise). */
  get fieldErrors(): FieldError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldError => typeof d === 'object' && d !== null && typeof (d as FieldError).field === 'string' && typeof (d as FieldError).message === 'string',
    );
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type QueryScalar = string | number | boolean | null | undefined;
export type Query = Record<string, QueryScalar | QueryScalar[]>;

/** Builds `?a=1&b=2`, skipping undefined and null (an empty string is sent: it can mean "top level"). */
export function buildQuery(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === undefined || v === null) continue;
      params.append(key, String(v));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

let csrfToken = '';
let unauthorizedHandler: (() => void) | null = null;
let passwordChangeHandler: (() => void) | null = null;

/** Stores the CSRF token sent on every non-GET request. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when a request fails because the session is gone (401 unauthenticated). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** Called when the server refuses a request until the temporary password is changed. */
export function setPasswordChangeHandler(handler: (() => void) | null): void {
  passwordChangeHandler = handler;
}

async function errorOf(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON
  }
  if (body && typeof body === 'object' && 'message' in body) {
    const b = body as { code?: unknown; message?: unknown; details?: unknown };
    return new ApiError(res.status, String(b.code ?? 'error'), String(b.message), b.details);
  }
  return new ApiError(res.status, 'http_' + res.status, `HTTP ${res.status}`);
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A binary body sent as is (an uploaded file) instead of JSON. */
  raw?: { data: Blob; contentType: string };
  /** Do not redirect to the login page on 401 (login itself, the initial /me probe). */
  quiet401?: boolean;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.raw) headers['content-type'] = options.raw.contentType;
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path + buildQuery(options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw ? options.raw.data : options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network', translate('common.networkError'));
  }
  if (!res.ok) {
    const err = await errorOf(res);
    if (res.status === 401 && err.code !== 'invalid_credentials' && !options.quiet401) unauthorizedHandler?.();
    if (err.code === 'password_change_required') passwordChangeHandler?.();
    throw err;
  }
  return res;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, options);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const http = {
  get: <T>(path: string, query?: Query, opts?: { quiet401?: boolean }) => request<T>('GET', path, { query, ...opts }),
  post: <T>(path: string, body?: unknown, opts?: { quiet401?: boolean }) => request<T>('POST', path, { body: body ?? {}, ...opts }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  del: <T>(path: string, query?: Query) => request<T>('DELETE', path, { query }),
  /** POSTs a file as the raw request body (e.g. an .xlsx upload). */
  postFile: <T>(path: string, file: Blob, contentType: string, query?: Query) => request<T>('POST', path, { query, raw: { data: file, contentType } }),
};

function filenameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(cd);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain filename
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

/** Downloads a file (e.g. an Excel export) through fetch so errors can be shown. */
export async function download(path: string, query?: Query, fallbackName = 'export.xlsx'): Promise<void> {
  const res = await send('GET', path, { query });
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameOf(res, fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
