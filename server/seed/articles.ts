import type { SeedContext } from './demo.js';

type Kind = 'policy' | 'guide' | 'notice';
type Level = 'city' | 'district' | 'street';

interface ArticleSeed {
  kind: Kind;
  level: Level;
  /** Days before the seed's "now" it was published; null: a draft. */
  daysAgo: number | null;
  withdrawn?: boolean;
  title: (p: Names) => string;
  body: (p: Names) => string;
}

interface Names {
  city: string;
  district: string;
  street: string;
}

const AUTHORS: Record<Level, string> = { city: 'city_op', district: 'district_op', street: 'street_op' };

/** Pages a city's employment bureau publishes: policies, service guides and notices (plain text). */
const ARTICLES: ArticleSeed[] = [
  {
    kind: 'policy',
    level: 'city',
    daysAgo: 40,
    title: (p) => `${p.city}就业困难人员认定管理办法`,
    body: (p) =>
      [
        `第一条 为做好${p.city}就业困难人员的认定和就业援助工作，根据《中华人民共和国就业促进法》和《就业服务与就业管理规定》，结合本市实际，制定本办法。`,
        '第二条 本办法所称就业困难人员，是指在法定劳动年龄内、有劳动能力和就业愿望、已进行失业登记，因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业的下列人员：',
        '（一）女满四十周岁、男满五十周岁以上的失业人员（“4050”人员）；\n（二）持有残疾人证的失业人员；\n（三）享受城乡居民最低生活保障的失业人员；\n（四）连续失业一年以上的人员；\n（五）零就业家庭中的失业人员；\n（六）失去土地的农村劳动者；\n（七）刑满释放后未就业的人员；\n（八）距法定退休年龄不足五年的失业人员。',
        '第三条 申请人向户籍所在地社区（村）劳动保障工作平台提出申请，填写《就业困难人员认定申请表》，提交身份证、就业创业证及相关证明材料。',
        '第四条 社区受理后三个工作日内报街道（乡镇）劳动保障事务所初审；初审通过的，报区（县）就业服务机构终审。经认定的，在其就业创业证中予以记载。',
        '第五条 对认定的就业困难人员，社区应在十个工作日内至少提供一次岗位推荐，并优先安排公益性岗位、职业培训和社会保险补贴。',
        '第六条 本办法自发布之日起施行，由市就业服务管理局负责解释。',
      ].join('\n\n'),
  },
  {
    kind: 'policy',
    level: 'city',
    daysAgo: 25,
    title: (p) => `${p.city}灵活就业人员社会保险补贴实施细则`,
    body: () =>
      [
        '一、补贴对象：就业困难人员和离校两年内未就业的高校毕业生，以灵活就业方式实现就业并按规定缴纳基本养老保险、基本医疗保险费的。',
        '二、补贴标准：按其实际缴费额的三分之二给予补贴，补贴期限最长不超过三年；距法定退休年龄不足五年的，可延长至退休。',
        '三、申领方式：每半年申领一次，由本人持身份证、就业创业证和缴费凭证到户籍所在地街道（乡镇）劳动保障事务所申报。',
        '四、审核发放：街道初审、区就业服务机构复核后公示五个工作日，无异议的补贴资金直接拨付至申请人社会保障卡金融账户。',
      ].join('\n\n'),
  },
  {
    kind: 'guide',
    level: 'city',
    daysAgo: 30,
    title: () => '失业登记办事指南',
    body: (p) =>
      [
        '办理对象：在法定劳动年龄内、有劳动能力和就业要求、处于无业状态的城镇常住人员。',
        '所需材料：1. 居民身份证；2. 户口簿或居住证；3. 与原单位终止或解除劳动关系的证明（曾就业的）；4. 一寸近期免冠照片一张。',
        '办理地点：户籍所在地或常住地社区（村）劳动保障工作平台，或街道（乡镇）劳动保障事务所。',
        '办理流程：提出申请 → 社区受理并核对实名信息 → 录入就业信息系统 → 发放（或在原证上记载）就业创业证。',
        '办理时限：材料齐全的当场办结；就业创业证在十个工作日内发放。',
        `咨询方式：${p.city}就业服务大厅一楼综合窗口，工作日上午8:30—12:00，下午14:30—17:30。本事项不收取任何费用。`,
      ].join('\n\n'),
  },
  {
    kind: 'guide',
    level: 'city',
    daysAgo: 18,
    title: () => '就业创业证申领指南',
    body: () =>
      [
        '申领对象：已办理就业登记或失业登记的劳动者，以及在校期间有创业意愿的毕业年度高校毕业生。',
        '所需材料：居民身份证；高校毕业生另需学生证或毕业证。',
        '办理方式：到社区（村）劳动保障工作平台或街道（乡镇）劳动保障事务所现场申领，也可在本门户注册后网上申请、到窗口领取。',
        '注意事项：就业创业证全国通用，记载就业、失业状态和享受扶持政策情况，请妥善保管；遗失的可申请补发。',
      ].join('\n\n'),
  },
  {
    kind: 'guide',
    level: 'district',
    daysAgo: 12,
    title: (p) => `${p.district}就业困难人员认定申请指南`,
    body: (p) =>
      [
        '谁可以申请：已在本区办理失业登记、属于“4050”人员、残疾人、低保对象、连续失业一年以上等类别之一的人员。',
        '到哪里申请：户籍所在社区劳动保障工作平台。',
        `审核程序：社区受理 → 街道劳动保障事务所初审 → ${p.district}就业局终审，一般在十五个工作日内办结。`,
        '认定后享受：优先岗位推荐（十个工作日内至少推荐一次）、公益性岗位安置、免费职业培训、社会保险补贴。',
      ].join('\n\n'),
  },
  {
    kind: 'notice',
    level: 'city',
    daysAgo: 3,
    title: () => '关于举办2027年“春风行动”大型招聘会的通知',
    body: (p) =>
      [
        `为帮助农村劳动者、就业困难人员和高校毕业生实现就业，${p.city}人力资源和社会保障局定于2027年2月20日（星期六）上午8:30—12:00在市人力资源市场举办“春风行动”大型招聘会。`,
        '一、参会单位：本市及周边用人单位约200家，提供陶瓷制造、电子商务、餐饮服务、物流运输等岗位3000余个。',
        '二、参会方式：求职者凭身份证免费入场；用人单位请于2月10日前登录本门户报名，经审核后安排展位。',
        '三、现场服务：设政策咨询、职业指导、就业困难人员援助和技能培训报名专区。',
        '特此通知。',
      ].join('\n\n'),
  },
  {
    kind: 'notice',
    level: 'district',
    daysAgo: 1,
    title: (p) => `${p.district}人力资源市场每周三现场招聘会公告`,
    body: (p) => `${p.district}人力资源市场每周三上午举办现场招聘会，欢迎辖区用人单位和求职者参加。用人单位请提前两个工作日登记岗位信息，岗位经审核后在大厅电子屏和本门户同步发布。`,
  },
  {
    kind: 'notice',
    level: 'street',
    daysAgo: 6,
    title: (p) => `${p.street}公益性岗位招聘公告`,
    body: (p) =>
      `${p.street}现有社区保洁、治安巡逻公益性岗位6个，面向辖区就业困难人员和零就业家庭成员招聘。报名时间：即日起至本月底；报名地点：${p.street}劳动保障事务所；报名材料：身份证、就业创业证。`,
  },
  {
    kind: 'notice',
    level: 'city',
    daysAgo: 55,
    withdrawn: true,
    title: () => '国庆期间人力资源市场暂停现场招聘的通知',
    body: () => '10月1日至7日国庆假期，市人力资源市场暂停现场招聘活动，10月8日起恢复正常。网上招聘服务照常进行。',
  },
  {
    kind: 'notice',
    level: 'city',
    daysAgo: null,
    title: () => '2027年高校毕业生就业见习补贴申报通知（草稿）',
    body: () => '各见习单位：2027年度就业见习补贴申报工作即将开始，具体申报时间和材料要求另行通知。',
  },
];

/** Policy, service-guide and notice pages of the demo city (city, district and street), mostly published. */
export async function generateArticles(ctx: SeedContext): Promise<Record<string, number>> {
  const { places } = ctx;
  const names: Names = { city: places.city.name, district: places.district.name, street: places.street.name };
  const region: Record<Level, string> = { city: places.city.code, district: places.district.code, street: places.street.code };
  const rows = ARTICLES.map((a) => {
    const author = ctx.staff.get(AUTHORS[a.level]) ?? null;
    const published = a.daysAgo === null ? null : new Date(ctx.now.getTime() - a.daysAgo * 86_400_000);
    const written = new Date((published ?? ctx.now).getTime() - 2 * 86_400_000);
    return {
      kind: a.kind,
      title: a.title(names),
      body: a.body(names),
      region_code: region[a.level],
      status: a.daysAgo === null ? ('draft' as const) : a.withdrawn ? ('withdrawn' as const) : ('published' as const),
      published_at: published,
      created_by: author,
      updated_by: author,
      created_at: written,
      updated_at: published ?? written,
    };
  });
  await ctx.db.insertInto('portal_article').values(rows).execute();
  return { articles: rows.length };
}
