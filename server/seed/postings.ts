import type { Db } from '../platform/db/database.js';
import type { PostingStatus } from '../platform/db/schema.js';
import { chinaDate } from '../platform/clock.js';
import { addCalendarDays, dueDate } from '../modules/calendar/workdays.js';
import { preReview } from '../modules/market/prereview.js';
import { postingReview } from '../modules/market/posting-workflow.js';
import type { Random } from './random.js';
import { operatorOf } from './staff.js';

/** Jobs a ceramics city's employers post: title, occupation (2022 medium group), monthly wage band, text. */
const JOBS = [
  { title: '陶瓷成型工', occupation: '6-09', wage: [3800, 5500], text: '负责陶瓷坯体的拉坯、注浆成型和修坯，按工艺要求完成生产任务。', req: '能适应车间工作环境，有陶瓷行业经验者优先。' },
  { title: '陶瓷彩绘师', occupation: '6-09', wage: [4500, 8000], text: '负责青花、粉彩等釉上釉下彩绘，按图样完成产品装饰。', req: '有美术基础，熟悉传统陶瓷彩绘技法。' },
  { title: '窑炉烧成工', occupation: '6-09', wage: [4200, 6000], text: '负责梭式窑、隧道窑的装窑、烧成与温度记录，保证烧成质量。', req: '能倒班，责任心强。' },
  { title: '电商客服', occupation: '4-01', wage: [3200, 4800], text: '负责网店售前售后咨询、订单跟进与客户回访，处理退换货。', req: '熟练使用电脑，普通话标准。' },
  { title: '门店导购', occupation: '4-01', wage: [3000, 4500], text: '负责瓷器门店商品陈列、顾客接待与销售，完成月度销售目标。', req: '热情开朗，有零售经验优先。' },
  { title: '仓储管理员', occupation: '4-02', wage: [3500, 4800], text: '负责成品入库、出库、盘点和台账登记，配合物流发货。', req: '会使用办公软件，做事细致。' },
  { title: '货车司机', occupation: '4-02', wage: [5000, 7500], text: '负责本地及周边城市的货物配送，保证车辆和货物安全。', req: '持B2及以上驾驶证，三年以上驾龄。' },
  { title: '厨师', occupation: '4-03', wage: [4000, 6500], text: '负责酒店中餐热菜制作，按标准出品，做好后厨卫生。', req: '有中式烹调师证书优先。' },
  { title: '餐厅服务员', occupation: '4-03', wage: [2800, 3800], text: '负责餐厅点餐、传菜和餐前餐后整理，为顾客提供服务。', req: '工作认真，服从安排。' },
  { title: '软件开发工程师', occupation: '2-02', wage: [7000, 12000], text: '负责企业管理系统的需求分析、开发与维护，编写技术文档。', req: '熟悉Java或TypeScript，本科及以上学历。' },
  { title: '会计', occupation: '2-06', wage: [4500, 7000], text: '负责日常账务处理、纳税申报和财务报表编制。', req: '持初级会计职称，熟悉财务软件。' },
  { title: '电工', occupation: '6-31', wage: [4500, 6500], text: '负责厂区供配电设备的巡检、维护和故障处理。', req: '持低压电工作业证。' },
  { title: '家政服务员', occupation: '4-10', wage: [3500, 6000], text: '负责家庭保洁、烹饪和老人日常照料。', req: '身体健康，有家政服务经验优先。' },
  { title: '机修工', occupation: '6-31', wage: [4800, 7000], text: '负责生产设备的日常保养、维修和技术改造。', req: '有机械维修经验，能看懂设备图纸。' },
] as const;

/** Wording that brings a draft to a stop (blocked) or a submitted posting to closer review. */
const BLOCKED_WORDING = ['限男性，身高170cm以上', '未婚，乙肝携带者勿扰', '限本地户口，外地人勿扰'];
const REVIEW_WORDING = ['35岁以下，形象气质佳', '年龄18-35周岁，身体健全', '45岁以下，五官端正'];

const STATUS: { value: PostingStatus | 'flagged_draft' | 'flagged_pending'; weight: number }[] = [
  { value: 'published', weight: 66 },
  { value: 'filled', weight: 5 },
  { value: 'paused', weight: 3 },
  { value: 'draft', weight: 6 },
  { value: 'flagged_draft', weight: 4 },
  { value: 'pending', weight: 10 },
  { value: 'flagged_pending', weight: 6 },
];

export interface PostingSeedInput {
  db: Db;
  rng: Random;
  now: Date;
  cityCode: string;
  staff: Map<string, number>;
  /** Postings per verified employer on average. */
  perEmployer: number;
}

/**
 * Job postings of the verified employers: mostly published (a third of them past their 30-day
 * validity), some filled or paused, drafts (some stopped by the pre-review for discriminatory
 * wording) and postings waiting in the district's review queue (some flagged for age or looks).
 * Pre-review findings are computed by the real pre-review, not written by hand.
 */
export async function generatePostings(input: PostingSeedInput): Promise<number> {
  const { db, rng, now } = input;
  const today = chinaDate(now);
  const employers = await db
    .selectFrom('employer')
    .select(['id', 'name', 'region_code', 'industry_code', 'contact_name', 'contact_phone'])
    .where('status', '=', 'verified')
    .where('region_code', 'like', `${input.cityCode}%`)
    .orderBy('id')
    .execute();
  let count = 0;
  for (const employer of employers) {
    const n = rng.int(0, Math.max(0, Math.round(input.perEmployer * 2)));
    const jobs = rng.shuffle(JOBS).slice(0, n);
    for (const job of jobs) {
      const kind = rng.weighted(STATUS);
      const submitter = input.staff.get(operatorOf(employer.region_code)) ?? null;
      const wanted: PostingStatus = kind === 'flagged_draft' ? 'draft' : kind === 'flagged_pending' ? 'pending' : kind;
      // A posting in review needs someone who submitted it: the community's operator.
      const status: PostingStatus = wanted === 'pending' && submitter === null ? 'draft' : wanted;
      const requirements = kind === 'flagged_draft' ? rng.pick(BLOCKED_WORDING) : kind === 'flagged_pending' ? `${job.req}${rng.pick(REVIEW_WORDING)}` : job.req;
      const validFrom = status === 'published' || status === 'filled' || status === 'paused' ? addCalendarDays(today, -rng.int(0, 45)) : today;
      const validTo = addCalendarDays(validFrom, 30);
      const wageMin = Math.round((job.wage[0] + rng.int(-3, 3) * 100) / 100) * 100;
      const draft = {
        title: job.title,
        description: job.text,
        requirements,
        occupationCode: job.occupation,
        vacancies: rng.int(1, 12),
        wageMin,
        wageMax: Math.max(wageMin, job.wage[1]),
        regionCode: employer.region_code,
        validFrom,
        validTo,
        contactName: employer.contact_name ?? '人事部',
        contactPhone: employer.contact_phone ?? '0798-8200000',
      };
      const review = preReview(draft, { today: validFrom, minimumWage: 2000, occupationExists: true, regionIsValid: true, liveDuplicates: [] });
      const row = await db
        .insertInto('job_posting')
        .values({
          employer_id: employer.id,
          region_code: employer.region_code,
          title: draft.title,
          occupation_code: draft.occupationCode,
          industry_code: employer.industry_code,
          vacancies: draft.vacancies,
          wage_min: draft.wageMin,
          wage_max: draft.wageMax,
          description: draft.description,
          requirements,
          contact_name: draft.contactName,
          contact_phone: draft.contactPhone,
          valid_from: validFrom,
          valid_to: validTo,
          status,
          prereview_outcome: review.outcome,
          prereview_findings: JSON.stringify(review.findings),
          published_at: status === 'published' || status === 'filled' || status === 'paused' ? new Date(`${validFrom}T01:00:00Z`) : null,
          created_by: submitter,
          created_at: new Date(`${validFrom}T00:30:00Z`),
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (status === 'pending' && submitter !== null) {
        const step = postingReview.steps[0];
        const item = await db
          .insertInto('workflow_item')
          .values({
            workflow_type: postingReview.type,
            subject_type: 'job_posting',
            subject_id: String(row.id),
            subject_label: `${employer.name}：${draft.title}`,
            region_code: employer.region_code,
            submitter_id: submitter,
            status: 'pending',
            step_index: 0,
            step_due_at: dueDate(today, step.deadline),
            version: 1,
            closed_at: null,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db
          .insertInto('workflow_decision')
          .values({ item_id: item.id, round: 1, step_index: 0, step_key: step.key, action: 'submit', reason: null, actor_id: submitter, actor_org: employer.region_code, decided_at: now })
          .execute();
      }
      count += 1;
    }
  }
  return count;
}
