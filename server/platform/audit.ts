import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import type { Clock } from './clock.js';
import { maskCitizenId, maskPhone } from './validators/citizen-id.js';

/** Every kind of event the audit log records. Add new types here with a one-line comment. */
export const AUDIT_EVENTS = {
  'auth.login': '登录成功',
  'auth.login_failed': '登录失败（用户名或密码错误）',
  'auth.locked': '连续登录失败，账号被锁定',
  'auth.logout': '退出登录',
  'auth.password_changed': '用户修改了自己的密码',
  'user.created': '创建账号',
  'user.updated': '修改账号信息或角色',
  'user.password_reset': '安全管理员重置密码',
  'user.unlocked': '安全管理员解除锁定',
  'org.loaded': '导入一个城市的行政区划',
  'code.loaded': '导入代码表版本',
  'rule.changed': '修改业务规则参数',
  'calendar.changed': '修改工作日历（节假日/调休）',
  'audit.viewed': '查看审计日志',
  'audit.exported': '导出审计日志',
  'data.exported': '导出数据（Excel）',
  'person.viewed': '查看个人完整档案',
  'person.created': '登记人员信息',
  'person.updated': '修改人员信息',
  'employment.registered': '就业登记',
  'employment.ended': '就业终止登记',
  'unemployment.registered': '失业登记',
  'unemployment.cancelled': '注销失业登记',
  'card.issued': '发放就业创业证',
  'household.created': '登记家庭户',
  'difficulty.applied': '申请就业困难人员认定',
  'difficulty.exited': '就业困难人员退出',
  'zero_family.applied': '申请零就业家庭认定',
  'zero_family.progress': '零就业家庭成员实现就业',
  'service.recorded': '记录就业服务',
  'follow_up.done': '完成跟踪回访',
  'import.validated': '上传并校验导入文件',
  'import.confirmed': '确认导入（写入人员与登记）',
  'import.discarded': '放弃导入',
  'posting.created': '登记岗位信息（草稿）',
  'posting.updated': '修改岗位信息',
  'posting.paused': '暂停岗位',
  'posting.resumed': '恢复岗位',
  'posting.filled': '岗位已招满',
  'posting.renewed': '岗位续期',
  'referral.created': '职业介绍：推荐求职者到岗位（同时记录岗位推荐服务）',
  'referral.applied': '求职者网上应聘岗位',
  'referral.answered': '用人单位反馈职业介绍结果（面试、录用、未录用、未到）',
  'referral.withdrawn': '撤回推荐或应聘',
  'referral.letter_printed': '打印职业介绍信',
  'referral.viewed': '查看职业介绍记录中的求职者信息（用人单位查看应聘/推荐人员；工作人员查看详情）',
  'article.created': '信息发布：撰写文章（草稿）',
  'article.updated': '信息发布：修改文章',
  'article.published': '信息发布：发布到门户',
  'article.withdrawn': '信息发布：从门户撤回',
  'fair.created': '招聘会：计划一场（或一个周期系列的）招聘会',
  'fair.updated': '招聘会：修改招聘会信息',
  'fair.published': '招聘会：发布到门户，开始接受报名',
  'fair.closed': '招聘会：结束，数字定稿',
  'fair.cancelled': '招聘会：取消',
  'campaign.created': '专项活动：创建',
  'campaign.updated': '专项活动：修改',
  'fair_participation.applied': '招聘会：用人单位报名参会（门户或工作人员代报）',
  'fair_participation.decided': '招聘会：审核参会报名（批准并分配展位、不批准、缺席）',
  'fair_participation.changed': '招聘会：调整展位或参会岗位、撤回报名',
  'fair.checked_in': '招聘会：求职者入场签到（含现场登记）',
  'fair_intention.recorded': '招聘会：登记录用意向',
  'fair_intention.followed_up': '招聘会：跟踪录用意向（录用并办理就业登记，或未录用）',
  'fair_slot.changed': '网络招聘会：设置、预约、取消面试时段或记录面试结果',
  'fair_forecast.submitted': '招聘会周预报：区县上报市（旧，已并入周预报 / 月报）',
  'report.generated': '周预报 / 月报：区县生成草稿',
  'report.regenerated': '周预报 / 月报：按当前数据重新生成',
  'report.updated': '周预报 / 月报：修改说明',
  'report.submitted': '周预报 / 月报：提交区县审核（含退回后重新提交）',
  'seeker.registered': '求职登记（工作人员）',
  'seeker.self_registered': '求职者在门户注册并求职登记',
  'seeker.identity_check_failed': '门户注册时身份核验未通过（姓名或手机号与实名库不符）',
  'seeker.updated': '修改求职登记',
  'seeker.closed': '注销求职登记',
  'seeker.renewed': '求职登记续期',
  'seeker.viewed': '查看求职者详情',
  'seed.loaded': '加载演示数据',
  'stats.records_viewed': '统计分析：查看指标背后的人员、登记或家庭名单（数据钻取）',
  'stats.snapshot_refreshed': '统计分析：刷新指标月度快照',
  'employer.created': '登记用人单位',
  'employer.updated': '修改用人单位信息',
  'employer.viewed': '查看用人单位详情',
  'employer.registered': '用人单位在门户注册（单位、账号并提交审核）',
  'employer.membership_set': '设置人力资源市场会员单位期限',
  'employer.membership_ended': '终止人力资源市场会员资格',
  'employer.credit_recorded': '记录用人单位信用事项',
  'workflow.submitted': '提交审核',
  'workflow.resubmitted': '修改后重新提交',
  'workflow.approved': '审核通过（本环节）',
  'workflow.rejected': '审核不通过',
  'workflow.returned': '退回修改',
  'workflow.withdrawn': '撤回申请',
} as const;

export type AuditEvent = keyof typeof AUDIT_EVENTS;

export interface AuditEntry {
  event: AuditEvent;
  entityType?: string;
  entityId?: string | number;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
}

/** Who did it, from where. Null actor for anonymous events (e.g. a failed login). */
export interface AuditActor {
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
}

/** Fields holding personal identifiers: kept masked in the audit log like in every list. */
const PHONE_KEYS = new Set(['phone', 'contactPhone', 'contact_phone', 'mobile']);
const ID_KEYS = new Set(['citizenId', 'citizen_id', 'idNumber', 'id_number']);

/** Masks phone and ID numbers anywhere in a before/after/detail value. */
export function redactPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactPersonal);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      if (typeof v === 'string' && PHONE_KEYS.has(k)) return [k, maskPhone(v)];
      if (typeof v === 'string' && ID_KEYS.has(k)) return [k, maskCitizenId(v)];
      return [k, redactPersonal(v)];
    }),
  );
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(redactPersonal(value)));

/**
 * Appends one audit row. Call it with the same transaction as the change it records, so the
 * change and its audit row commit or roll back together.
 */
export async function writeAudit(db: Kysely<DB>, clock: Clock, who: AuditActor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: clock.now(),
      actor_id: who.actorId,
      actor_name: who.actorName,
      ip: who.ip,
      event_type: entry.event,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId === undefined ? null : String(entry.entityId),
      region_code: entry.regionCode ?? null,
      before: json(entry.before),
      after: json(entry.after),
      detail: json(entry.detail),
    })
    .execute();
}
