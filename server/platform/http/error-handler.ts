import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../errors.js';

/** Turns an AJV instancePath like `/body/name` or `/name` into the field name `name`. */
function fieldOf(instancePath: string, missing?: unknown): string {
  const path = instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (typeof missing === 'string') return path ? `${path}.${missing}` : missing;
  return path || '(request)';
}

const AJV_MESSAGES: Record<string, (params: Record<string, unknown>) => string> = {
  required: () => '必填',
  minLength: (p) => `长度不能少于 ${String(p.limit)} 个字符`,
  maxLength: (p) => `长度不能超过 ${String(p.limit)} 个字符`,
  minimum: (p) => `不能小于 ${String(p.limit)}`,
  maximum: (p) => `不能大于 ${String(p.limit)}`,
  pattern: () => '格式不正确',
  type: (p) => `类型应为 ${String(p.type)}`,
  enum: () => '取值不在允许范围内',
  const: () => '取值不在允许范围内',
  anyOf: () => '取值不在允许范围内',
  format: (p) => (p.format === 'date' ? '日期不正确' : '格式不正确'),
  additionalProperties: (p) => `不允许的字段 ${String(p.additionalProperty)}`,
  minItems: (p) => `至少 ${String(p.limit)} 项`,
};

interface AjvIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

function fieldErrorsOf(issues: readonly AjvIssue[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.instancePath, issue.keyword === 'required' ? issue.params.missingProperty : undefined);
    if (seen.has(field)) continue;
    seen.add(field);
    const describe = AJV_MESSAGES[issue.keyword];
    out.push({ field, message: describe ? describe(issue.params) : (issue.message ?? '不正确') });
  }
  return out;
}

/** The single mapping from thrown errors to `{code,message,details?}` responses. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({ code: error.code, message: error.message, details: error.details });
    }
    const fe = error as FastifyError & { validation?: AjvIssue[] };
    if (fe.validation) {
      const details = fieldErrorsOf(fe.validation);
      const first = details[0];
      return reply.status(400).send({
        code: 'validation_failed',
        message: first ? `${first.field}：${first.message}` : '请求参数不正确',
        details,
      });
    }
    if (fe.statusCode === 429) {
      return reply.status(429).send({ code: 'rate_limited', message: '请求过于频繁，请稍后再试' });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send({ code: 'bad_request', message: '请求不正确' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'internal', message: '系统内部错误，请稍后重试' });
  });
}
