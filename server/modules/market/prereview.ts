import { scanText, type Severity } from './discrimination.js';

/**
 * The automatic pre-review of a job posting, run before any person at the service centre sees it:
 * discriminatory wording, wage against the local minimum wage, missing or implausible fields,
 * validity window, occupation and region codes, duplicates of the employer's live postings, and
 * web code in the text. Pure: the caller looks up the minimum wage, the code tables and the live
 * postings and passes them in with today's date.
 */

/** The posting as the employer submits it. Wages are monthly, in yuan; dates are 'YYYY-MM-DD'. */
export interface PostingDraft {
  title: string;
  description: string;
  requirements?: string | null;
  occupationCode: string;
  industryCode?: string | null;
  vacancies: number;
  wageMin: number;
  wageMax: number;
  education?: string | null;
  regionCode: string;
  validFrom: string;
  validTo: string;
  contactName: string;
  contactPhone: string;
}

/** What the caller knows that the posting does not carry. */
export interface PreReviewContext {
  /** Today in China, 'YYYY-MM-DD'. */
  today: string;
  /** Monthly minimum wage of the work region in yuan (rule 'min_wage.monthly_yuan'). */
  minimumWage: number;
  occupationExists: boolean;
  regionIsValid: boolean;
  /** Live postings of the same employer with the same title or occupation. */
  liveDuplicates: readonly { id: number; title: string }[];
}

/** Stable codes of the pre-review findings (the UI may map them to its own wording). */
export type PreReviewCode =
  | 'discriminatory_wording'
  | 'markup_in_text'
  | 'required_field_missing'
  | 'contact_phone_invalid'
  | 'vacancies_out_of_range'
  | 'wage_invalid'
  | 'wage_below_minimum'
  | 'wage_range_inverted'
  | 'wage_implausible'
  | 'validity_invalid'
  | 'validity_expired'
  | 'validity_inverted'
  | 'validity_too_long'
  | 'occupation_unknown'
  | 'region_invalid'
  | 'duplicate_posting';

export interface PreReviewFinding {
  code: PreReviewCode;
  field: keyof PostingDraft;
  severity: Severity;
  /** Chinese, shown to the employer and the reviewer. */
  message: string;
  /** The offending wording, exactly as written (discrimination and markup findings). */
  phrase?: string;
}

export type PreReviewOutcome = 'blocked' | 'review' | 'pass';

export interface PreReviewResult {
  outcome: PreReviewOutcome;
  /** Blocking findings first, then review findings, each group in check order. */
  findings: PreReviewFinding[];
}

/** A monthly wage above this is taken for a typing error (yearly pay, an extra zero) and reviewed. */
export const MAX_PLAUSIBLE_MONTHLY_WAGE = 200_000;
/** A validity window longer than this is reviewed: postings are meant to be current. */
export const MAX_VALIDITY_DAYS = 180;
export const MAX_VACANCIES = 9999;
export const MIN_TITLE_CHARS = 2;
export const MIN_DESCRIPTION_CHARS = 10;

const TEXT_FIELDS = ['title', 'description', 'requirements'] as const;

// Script, frames and event handlers, and the ordinary tags pasted from a web page or word processor.
const MARKUP: readonly RegExp[] = [
  /<\s*\/?\s*(?:script|iframe|frame|object|embed|style|link|meta|base|form|svg|math)\b/i,
  /<\s*\/?\s*(?:img|video|audio|input|button|a|p|div|span|br|b|i|u|font|table|tr|td|ul|ol|li|h[1-6]|html|body)\b[^<>]*>/i,
  /(?:javascript|vbscript)\s*:/i,
  /data\s*:\s*text\/html/i,
  /<[^<>]*[\s/"']on[a-z]+\s*=/i,
  /\bon(?:error|load|click|dblclick|mouse[a-z]+|key[a-z]+|focus|blur|change|submit|input|toggle|animation[a-z]+|pointer[a-z]+)\s*=/i,
];

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^(?:0\d{2,3}-?)?[2-9]\d{6,7}(?:-\d{1,6})?$/;
const SERVICE_NUMBER = /^[48]00-?\d{3}-?\d{4}$/;

function chars(s: string | null | undefined): number {
  return [...(s ?? '').trim()].length;
}

/** A mobile, landline (with or without area code and extension) or 400/800 service number. */
export function isPhone(raw: string): boolean {
  const phone = raw.replace(/[\s()（）]/g, '').replace(/^(?:\+?86)-?(?=1)/, '').replace(/转/g, '-');
  return MOBILE.test(phone) || LANDLINE.test(phone) || SERVICE_NUMBER.test(phone);
}

function dayNumber(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return null;
  return ms / 86_400_000;
}

function checkText(p: PostingDraft, out: PreReviewFinding[]): void {
  for (const field of TEXT_FIELDS) {
    const text = p[field] ?? '';
    const seen = new Set<string>();
    for (const f of scanText(text)) {
      if (seen.has(`${f.ruleId}|${f.phrase}`)) continue; // the same phrase twice in one field is one finding
      seen.add(`${f.ruleId}|${f.phrase}`);
      const action = f.severity === 'block' ? '请删除' : '将转人工审核';
      out.push({ code: 'discriminatory_wording', field, severity: f.severity, message: `「${f.phrase}」涉嫌${f.ground}，${action}`, phrase: f.phrase });
    }
  }
  for (const field of [...TEXT_FIELDS, 'contactName'] as const) {
    const text = p[field] ?? '';
    const hit = MARKUP.map((re) => re.exec(text)).find((m) => m !== null);
    if (hit) out.push({ code: 'markup_in_text', field, severity: 'block', message: '请勿在岗位描述中使用网页代码', phrase: hit[0] });
  }
}

function checkRequired(p: PostingDraft, out: PreReviewFinding[]): void {
  const block = (code: PreReviewCode, field: keyof PostingDraft, message: string): void => {
    out.push({ code, field, severity: 'block', message });
  };
  if (chars(p.title) < MIN_TITLE_CHARS) block('required_field_missing', 'title', `请填写岗位名称（至少 ${MIN_TITLE_CHARS} 个字）`);
  if (chars(p.description) < MIN_DESCRIPTION_CHARS) block('required_field_missing', 'description', `请填写岗位描述（至少 ${MIN_DESCRIPTION_CHARS} 个字）`);
  if (chars(p.contactName) === 0) block('required_field_missing', 'contactName', '请填写联系人');
  if (chars(p.contactPhone) === 0) block('required_field_missing', 'contactPhone', '请填写联系电话');
  else if (!isPhone(p.contactPhone)) block('contact_phone_invalid', 'contactPhone', '联系电话格式不正确，请填写手机号或带区号的固定电话');
  if (!Number.isInteger(p.vacancies) || p.vacancies < 1 || p.vacancies > MAX_VACANCIES) {
    block('vacancies_out_of_range', 'vacancies', `招聘人数应为 1 至 ${MAX_VACANCIES} 的整数`);
  }
}

function checkWage(p: PostingDraft, minimumWage: number, out: PreReviewFinding[]): void {
  const valid = (n: number): boolean => Number.isFinite(n) && n > 0;
  if (!valid(p.wageMin) || !valid(p.wageMax)) {
    const field = valid(p.wageMin) ? 'wageMax' : 'wageMin';
    out.push({ code: 'wage_invalid', field, severity: 'block', message: '请填写有效的月工资（元）' });
    return;
  }
  if (p.wageMin < minimumWage) {
    out.push({ code: 'wage_below_minimum', field: 'wageMin', severity: 'block',
      message: `月工资下限 ${p.wageMin} 元低于当地最低工资标准 ${minimumWage} 元` });
  }
  if (p.wageMin > p.wageMax) {
    out.push({ code: 'wage_range_inverted', field: 'wageMax', severity: 'block', message: '月工资上限不能低于下限' });
  }
  if (Math.max(p.wageMin, p.wageMax) > MAX_PLAUSIBLE_MONTHLY_WAGE) {
    out.push({ code: 'wage_implausible', field: 'wageMax', severity: 'review',
      message: `月工资超过 ${MAX_PLAUSIBLE_MONTHLY_WAGE} 元，请确认是否按月填写；将转人工审核` });
  }
}

function checkValidity(p: PostingDraft, today: string, out: PreReviewFinding[]): void {
  const from = dayNumber(p.validFrom);
  const to = dayNumber(p.validTo);
  const now = dayNumber(today);
  if (from === null || to === null) {
    out.push({ code: 'validity_invalid', field: from === null ? 'validFrom' : 'validTo', severity: 'block', message: '有效期日期不正确' });
    return;
  }
  if (now !== null && to < now) {
    out.push({ code: 'validity_expired', field: 'validTo', severity: 'block', message: `有效期截止日 ${p.validTo} 已过` });
  }
  if (to < from) {
    out.push({ code: 'validity_inverted', field: 'validTo', severity: 'block', message: '有效期截止日不能早于起始日' });
  } else if (to - from > MAX_VALIDITY_DAYS) {
    out.push({ code: 'validity_too_long', field: 'validTo', severity: 'review',
      message: `有效期超过 ${MAX_VALIDITY_DAYS} 天，将转人工审核` });
  }
}

/** Pre-reviews a posting; the outcome is that of the most severe finding. */
export function preReview(posting: PostingDraft, context: PreReviewContext): PreReviewResult {
  const findings: PreReviewFinding[] = [];
  checkText(posting, findings);
  checkRequired(posting, findings);
  checkWage(posting, context.minimumWage, findings);
  checkValidity(posting, context.today, findings);
  if (!context.occupationExists) {
    findings.push({ code: 'occupation_unknown', field: 'occupationCode', severity: 'block',
      message: `职业代码 ${posting.occupationCode || '（空）'} 不在职业分类表中` });
  }
  if (!context.regionIsValid) {
    findings.push({ code: 'region_invalid', field: 'regionCode', severity: 'block',
      message: `工作地点 ${posting.regionCode || '（空）'} 不是有效的行政区划` });
  }
  for (const d of context.liveDuplicates) {
    findings.push({ code: 'duplicate_posting', field: 'title', severity: 'block',
      message: `与本单位在招岗位「${d.title}」（编号 ${d.id}）重复，请修改原岗位而不是重复发布` });
  }
  const blocking = findings.filter((f) => f.severity === 'block');
  const review = findings.filter((f) => f.severity === 'review');
  const outcome: PreReviewOutcome = blocking.length > 0 ? 'blocked' : review.length > 0 ? 'review' : 'pass';
  return { outcome, findings: [...blocking, ...review] };
}
