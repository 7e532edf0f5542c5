import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../platform/context.js';
import { contextFor } from '../../platform/http/auth.js';
import { IdParams, Page, responses, XlsxFile } from '../../platform/http/schemas.js';
import { EXPORT_LIMIT, exportXlsx } from '../../platform/http/excel.js';
import { CANCEL_GROUNDS, SERVICE_KINDS, DIFFICULTY_EXIT_REASONS, DIFFICULTY_STATUS, EMPLOYMENT_END_REASONS, EMPLOYMENT_KINDS, HUKOU_TYPES, LABOUR_STATUS, UNEMPLOYMENT_REASONS, optionsOf } from './codes.js';
import { createPerson, listPeople, updatePerson } from './people-service.js';
import { personRecord } from './record.js';
import { createHousehold, getHousehold, setHousehold } from './household-service.js';
import { residentsLedger, unemployedLedger } from './ledger.js';
import { importRoutes } from './import-routes.js';
import { applyZeroFamily, listZeroFamilies } from './zero-family-service.js';
import { completeFollowUp, listCommitments, listFollowUps } from './assistance-service.js';
import { recordService } from './service-records.js';
import { applyForDifficulty, exitDifficulty, listDifficulty, resubmitDifficulty } from './difficulty-service.js';
import { cancelUnemployment, endEmployment, issueCard, registerEmployment, registerUnemployment } from './registration-service.js';
import {
  CancelUnemploymentInput,
  EmploymentInput,
  EndEmploymentInput,
  DifficultyExitInput,
  DifficultyInput,
  DifficultyListQuery,
  DifficultyRow,
  HouseholdInput,
  LedgerQuery,
  ResidentLedgerRow,
  UnemployedLedgerRow,
  HouseholdView,
  SetHouseholdInput,
  PersonInput,
  PersonListQuery,
  PersonPatch,
  PersonRecord,
  PersonView,
  RegistryCodes,
  UnemploymentInput,
  ServiceInput,
  CommitmentQuery,
  CommitmentRow,
  FollowUpDoneInput,
  FollowUpQuery,
  FollowUpRow,
  ZeroFamilyInput,
  ZeroFamilyQuery,
  ZeroFamilyRow,
} from './schema.js';

const tags = ['registry'];
const SpellParams = Type.Object({ id: Type.Integer({ minimum: 1 }), registrationId: Type.Integer({ minimum: 1 }) });

export async function registryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const record = (req: Parameters<typeof contextFor>[0], id: number) => personRecord(deps, contextFor(req, 'person.view'), id);

  r.get('/api/registry/codes', { schema: { tags, summary: '登记业务代码（就业形式、失业原因、注销原因等）', response: responses({ 200: RegistryCodes }) } }, (req) => {
    contextFor(req, 'person.view');
    return {
      employmentKinds: optionsOf(EMPLOYMENT_KINDS),
      employmentEndReasons: optionsOf(EMPLOYMENT_END_REASONS),
      unemploymentReasons: optionsOf(UNEMPLOYMENT_REASONS),
      cancelGrounds: optionsOf(CANCEL_GROUNDS),
      difficultyExitReasons: optionsOf(DIFFICULTY_EXIT_REASONS),
      serviceKinds: optionsOf(SERVICE_KINDS),
      difficultyStatus: optionsOf(DIFFICULTY_STATUS),
      hukouTypes: optionsOf(HUKOU_TYPES),
      labourStatus: optionsOf(LABOUR_STATUS),
    };
  });
  r.get('/api/registry/people', { schema: { tags, summary: '人员查询（身份证号、姓名、拼音首字母）', querystring: PersonListQuery, response: responses({ 200: Page(PersonView) }) } }, (req) =>
    listPeople(deps, contextFor(req, 'person.view'), req.query),
  );
  r.get('/api/registry/people/export', { schema: { tags, summary: '导出人员 Excel', querystring: PersonListQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'person.view');
    const { items } = await listPeople(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, {
      title: '人员名册',
      filter: req.query,
      rows: items,
      columns: [
        { header: '姓名', key: 'name', width: 10 },
        { header: '公民身份号码', key: 'citizenId', width: 22 },
        { header: '性别', key: 'sex', width: 6 },
        { header: '出生日期', key: 'birthDate', width: 12 },
        { header: '户籍类型', key: 'hukouType', width: 10 },
        { header: '居住社区', key: 'regionName', width: 20 },
        { header: '就业状态', key: 'labourStatusName', width: 12 },
        { header: '联系电话', key: 'phone', width: 14 },
        { header: '就业创业证号', key: 'cardNumber', width: 20 },
      ],
    });
  });
  r.post('/api/registry/people', { schema: { tags, summary: '登记人员', body: PersonInput, response: responses({ 200: PersonView }) } }, (req) =>
    createPerson(deps, contextFor(req, 'person.manage'), req.body),
  );
  r.get('/api/registry/people/:id', { schema: { tags, summary: '个人档案（含登记记录与时间线）', params: IdParams, response: responses({ 200: PersonRecord }) } }, (req) =>
    record(req, req.params.id),
  );
  r.patch('/api/registry/people/:id', { schema: { tags, summary: '修改人员信息', params: IdParams, body: PersonPatch, response: responses({ 200: PersonView }) } }, (req) =>
    updatePerson(deps, contextFor(req, 'person.manage'), req.params.id, req.body),
  );
  r.post('/api/registry/people/:id/employment', { schema: { tags, summary: '就业登记', params: IdParams, body: EmploymentInput, response: responses({ 200: PersonRecord }) } }, async (req) => {
    await registerEmployment(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
    return record(req, req.params.id);
  });
  r.post(
    '/api/registry/people/:id/employment/:registrationId/end',
    { schema: { tags, summary: '就业终止登记', params: SpellParams, body: EndEmploymentInput, response: responses({ 200: PersonRecord }) } },
    async (req) => {
      await endEmployment(deps, contextFor(req, 'person.manage'), req.params.id, req.params.registrationId, req.body);
      return record(req, req.params.id);
    },
  );
  r.post('/api/registry/people/:id/unemployment', { schema: { tags, summary: '失业登记', params: IdParams, body: UnemploymentInput, response: responses({ 200: PersonRecord }) } }, async (req) => {
    await registerUnemployment(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
    return record(req, req.params.id);
  });
  r.post(
    '/api/registry/people/:id/unemployment/cancel',
    { schema: { tags, summary: '注销失业登记', params: IdParams, body: CancelUnemploymentInput, response: responses({ 200: PersonRecord }) } },
    async (req) => {
      await cancelUnemployment(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
      return record(req, req.params.id);
    },
  );
  r.get('/api/registry/ledgers/residents', { schema: { tags, summary: '居民就业台账', querystring: LedgerQuery, response: responses({ 200: Page(ResidentLedgerRow) }) } }, (req) =>
    residentsLedger(deps, contextFor(req, 'person.view'), req.query),
  );
  r.get('/api/registry/ledgers/residents/export', { schema: { tags, summary: '导出居民就业台账 Excel', querystring: LedgerQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'person.view');
    const { items } = await residentsLedger(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, {
      title: '居民就业台账',
      filter: req.query,
      rows: items,
      columns: [
        { header: '社区', key: 'regionName', width: 18 },
        { header: '姓名', key: 'name', width: 10 },
        { header: '性别', key: 'sex', width: 6 },
        { header: '年龄', key: 'age', width: 6 },
        { header: '公民身份号码', key: 'citizenId', width: 22 },
        { header: '就业状态', key: 'labourStatusName', width: 12 },
        { header: '就业形式', key: 'employmentKind', width: 14 },
        { header: '就业单位', key: 'employerName', width: 28 },
        { header: '就业日期', key: 'employedSince', width: 12 },
        { header: '联系电话', key: 'phone', width: 14 },
      ],
    });
  });
  r.get('/api/registry/ledgers/unemployed', { schema: { tags, summary: '失业人员跟踪服务台账', querystring: LedgerQuery, response: responses({ 200: Page(UnemployedLedgerRow) }) } }, (req) =>
    unemployedLedger(deps, contextFor(req, 'person.view'), req.query),
  );
  r.get('/api/registry/ledgers/unemployed/export', { schema: { tags, summary: '导出失业人员台账 Excel', querystring: LedgerQuery, response: responses({ 200: XlsxFile }) } }, async (req, reply) => {
    const ctx = contextFor(req, 'person.view');
    const { items } = await unemployedLedger(deps, ctx, { ...req.query, page: 1, pageSize: EXPORT_LIMIT });
    return exportXlsx(reply, deps, ctx, {
      title: '失业人员台账',
      filter: req.query,
      rows: items,
      columns: [
        { header: '社区', key: 'regionName', width: 18 },
        { header: '姓名', key: 'name', width: 10 },
        { header: '性别', key: 'sex', width: 6 },
        { header: '年龄', key: 'age', width: 6 },
        { header: '公民身份号码', key: 'citizenId', width: 22 },
        { header: '失业登记日期', key: 'registeredOn', width: 14 },
        { header: '失业天数', key: 'daysUnemployed', width: 10 },
        { header: '失业原因', key: 'reasonName', width: 16 },
        { header: '计入登记失业率', key: 'countsInRate', width: 14 },
        { header: '就业创业证号', key: 'cardNumber', width: 20 },
        { header: '最近联系', key: 'lastContactOn', width: 12 },
        { header: '联系电话', key: 'phone', width: 14 },
      ],
    });
  });
  r.post('/api/registry/people/:id/difficulty', { schema: { tags, summary: '申请就业困难人员认定（社区受理）', params: IdParams, body: DifficultyInput, response: responses({ 200: PersonRecord }) } }, async (req) => {
    await applyForDifficulty(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
    return record(req, req.params.id);
  });
  r.post(
    '/api/registry/people/:id/difficulty/resubmit',
    { schema: { tags, summary: '退回修改后重新提交认定申请', params: IdParams, body: DifficultyInput, response: responses({ 200: PersonRecord }) } },
    async (req) => {
      await resubmitDifficulty(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
      return record(req, req.params.id);
    },
  );
  r.post('/api/registry/people/:id/difficulty/exit', { schema: { tags, summary: '就业困难人员退出', params: IdParams, body: DifficultyExitInput, response: responses({ 200: PersonRecord }) } }, async (req) => {
    await exitDifficulty(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
    return record(req, req.params.id);
  });
  r.get('/api/registry/difficulty', { schema: { tags, summary: '就业困难人员台账（含退出提示）', querystring: DifficultyListQuery, response: responses({ 200: Page(DifficultyRow) }) } }, (req) =>
    listDifficulty(deps, contextFor(req, 'person.view'), req.query),
  );
  r.post(
    '/api/registry/households/:id/zero-employment',
    { schema: { tags, summary: '申请零就业家庭认定', params: IdParams, body: ZeroFamilyInput, response: responses({ 200: Type.Object({ ok: Type.Literal(true) }) }) } },
    async (req) => {
      await applyZeroFamily(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
      return { ok: true as const };
    },
  );
  r.get('/api/registry/zero-families', { schema: { tags, summary: '零就业家庭（含逾期未安置）', querystring: ZeroFamilyQuery, response: responses({ 200: Page(ZeroFamilyRow) }) } }, (req) =>
    listZeroFamilies(deps, contextFor(req, 'person.view'), req.query),
  );
  r.post('/api/registry/people/:id/services', { schema: { tags, summary: '记录就业服务（咨询、指导、推荐、培训、即时援助）', params: IdParams, body: ServiceInput, response: responses({ 200: PersonRecord }) } }, async (req) => {
    await recordService(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
    return record(req, req.params.id);
  });
  r.get('/api/registry/commitments', { schema: { tags, summary: '困难人员10个工作日推荐承诺', querystring: CommitmentQuery, response: responses({ 200: Page(CommitmentRow) }) } }, (req) =>
    listCommitments(deps, contextFor(req, 'person.view'), req.query),
  );
  r.get('/api/registry/follow-ups', { schema: { tags, summary: '跟踪回访计划', querystring: FollowUpQuery, response: responses({ 200: Page(FollowUpRow) }) } }, (req) =>
    listFollowUps(deps, contextFor(req, 'person.view'), req.query),
  );
  r.post(
    '/api/registry/follow-ups/:id/done',
    { schema: { tags, summary: '完成跟踪回访', params: IdParams, body: FollowUpDoneInput, response: responses({ 200: Type.Object({ ok: Type.Literal(true) }) }) } },
    async (req) => {
      await completeFollowUp(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
      return { ok: true as const };
    },
  );
  r.post('/api/registry/households', { schema: { tags, summary: '登记家庭户', body: HouseholdInput, response: responses({ 200: HouseholdView }) } }, (req) =>
    createHousehold(deps, contextFor(req, 'person.manage'), req.body),
  );
  r.get('/api/registry/households/:id', { schema: { tags, summary: '家庭户及成员', params: IdParams, response: responses({ 200: HouseholdView }) } }, (req) =>
    getHousehold(deps, contextFor(req, 'person.view'), req.params.id),
  );
  r.put('/api/registry/people/:id/household', { schema: { tags, summary: '设置所属家庭户', params: IdParams, body: SetHouseholdInput, response: responses({ 200: PersonRecord }) } }, async (req) => {
    await setHousehold(deps, contextFor(req, 'person.manage'), req.params.id, req.body);
    return record(req, req.params.id);
  });
  r.post('/api/registry/people/:id/card', { schema: { tags, summary: '发放就业创业证', params: IdParams, response: responses({ 200: PersonRecord }) } }, async (req) => {
    await issueCard(deps, contextFor(req, 'person.manage'), req.params.id);
    return record(req, req.params.id);
  });
  await importRoutes(app, deps);
}
