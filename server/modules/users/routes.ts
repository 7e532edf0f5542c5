import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Ok, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { CreateUserBody, ResetPasswordBody, RoleInfo, UpdateUserBody, UserListQuery, UserView } from './schema.js';
import { createUser, listRoles, listUsers, resetPassword, unlockUser, updateUser } from './service.js';

const tags = ['users'];

export async function userRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/api/roles', { schema: { tags, summary: '角色与权限', response: responses({ 200: Type.Array(RoleInfo) }) } }, (req) => {
    contextFor(req, 'user.view');
    return listRoles();
  });
  r.get('/api/users', { schema: { tags, summary: '账号列表', querystring: UserListQuery, response: responses({ 200: Page(UserView) }) } }, (req) =>
    listUsers(deps, contextFor(req, 'user.view'), req.query),
  );
  r.get('/api/users/export', { schema: { tags, summary: '导出账号 Excel', querystring: UserListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'user.view');
    const { items } = await listUsers(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    const rows = items.map((u) => ({ ...u, roles: u.roles.join('、') }));
    return exportXlsx(reply, deps, ctx, { title: '账号', filter: req.query, rows, columns: [
      { header: '用户名', key: 'username', width: 16 },
      { header: '姓名', key: 'displayName', width: 12 },
      { header: '所属单位', key: 'orgName', width: 20 },
      { header: '单位代码', key: 'orgCode', width: 14 },
      { header: '角色', key: 'roles', width: 24 },
      { header: '状态', key: 'status', width: 10 },
      { header: '锁定', key: 'locked', width: 6 },
      { header: '最近登录', key: 'lastLoginAt', width: 22 },
    ] });
  });
  r.post('/api/users', { schema: { tags, summary: '创建账号', body: CreateUserBody, response: responses({ 200: UserView }) } }, (req) =>
    createUser(deps, contextFor(req, 'user.manage'), req.body),
  );
  r.patch('/api/users/:id', { schema: { tags, summary: '修改账号', params: IdParams, body: UpdateUserBody, response: responses({ 200: UserView }) } }, (req) =>
    updateUser(deps, contextFor(req, 'user.manage'), req.params.id, req.body),
  );
  r.post(
    '/api/users/:id/reset-password',
    { schema: { tags, summary: '重置密码', params: IdParams, body: ResetPasswordBody, response: responses({ 200: Ok }) } },
    async (req) => {
      await resetPassword(deps, contextFor(req, 'user.manage'), req.params.id, req.body.password);
      return { ok: true as const };
    },
  );
  r.post('/api/users/:id/unlock', { schema: { tags, summary: '解除锁定', params: IdParams, response: responses({ 200: Ok }) } }, async (req) => {
    await unlockUser(deps, contextFor(req, 'user.manage'), req.params.id);
    return { ok: true as const };
  });
}
