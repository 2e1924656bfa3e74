/**
 * @module api
 * The one place that talks HTTP. Every failure becomes an ApiError carrying the server's
 * problem+json (or TAXII error) body, so pages show the server's words, never a blank page.
 */
import { currentLanguage } from './i18n/language.ts';
import { getApiKey } from './session.ts';

export interface FieldProblem {
  readonly field?: string;
  readonly path?: string;
  readonly row?: number;
  readonly message: string;
}

export interface Problem {
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code?: string;
  readonly errors: readonly FieldProblem[];
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  /** The message for one form field, when the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors.find(
      (e) =>
        e.field === field ||
        e.path === field ||
        e.path?.startsWith(`${field}.`) === true ||
        e.field?.startsWith(`${field}.`) === true,
    )?.message;
  }
}

/** Any failure as an ApiError: the server's problem as it is, anything else under `title`. */
export function asApiError(e: unknown, title: string): ApiError {
  return e instanceof ApiError
    ? e
    : new ApiError({ title, status: 0, detail: String(e), errors: [] });
}

/**
 * The dashboard's language, so that the server's problem titles and reports answer in it rather
 * than in the browser's own languages.
 */
function languageHeader(): Record<string, string> {
  return { 'accept-language': currentLanguage() };
}

function authHeaders(): Record<string, string> {
  const key = getApiKey();
  return key === undefined ? {} : { authorization: `Bearer ${key}` };
}

async function toProblem(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    // TAXII error bodies (TAXII 2.1 §3.6.1) say title/description; problem+json says title/detail.
    const detail =
      typeof body.detail === 'string'
        ? body.detail
        : typeof body.description === 'string'
          ? body.description
          : response.statusText;
    return {
      title: typeof body.title === 'string' ? body.title : response.statusText,
      status: response.status,
      detail,
      ...(typeof body.code === 'string' ? { code: body.code } : {}),
      errors: Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : [],
    };
  } catch {
    return {
      title: response.statusText || 'Error',
      status: response.status,
      detail: text.slice(0, 300) || `HTTP ${response.status}`,
      errors: [],
    };
  }
}

export interface RequestOptions {
  readonly method?: string;
  readonly body?: unknown;
  readonly contentType?: string;
  readonly accept?: string;
  readonly signal?: AbortSignal;
}

export async function request(url: string, options: RequestOptions = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: {
        accept: options.accept ?? 'application/json',
        ...languageHeader(),
        ...authHeaders(),
        ...(options.body !== undefined
          ? { 'content-type': options.contentType ?? 'application/json' }
          : {}),
      },
      ...(options.body !== undefined
        ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
        : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      title: 'Server unreachable',
      status: 0,
      detail: `cannot reach the coopsec server (${String(error)})`,
      errors: [],
    });
  }
  if (!response.ok) throw new ApiError(await toProblem(response));
  return response;
}

export async function getJson<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const response = await request(url, options);
  return (await response.json()) as T;
}

export async function sendJson<T>(method: string, url: string, body: unknown): Promise<T> {
  const response = await request(url, { method, body });
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Downloads a file that needs the Authorization header (an <a href> cannot send it). */
export async function download(url: string, filename: string, accept: string): Promise<void> {
  const response = await request(url, { accept });
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
