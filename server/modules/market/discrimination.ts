/**
 * The discrimination filter of the job-posting pre-review (就业促进法 arts 3, 26–31; 人力资源市场暂行条例
 * art 24; 人社部发〔2019〕17号). The rules are data: each names the ground, whether a match blocks the
 * posting or sends it to human review, the phrases or patterns, and the innocent phrases that must
 * not be flagged (男装, 乙肝疫苗, 不限男女 …). Pure functions, no I/O.
 *
 * Matching runs on a normalised copy of the text (full-width → half-width, whitespace and zero-width
 * characters removed, latin lowercased) so "男 性 优 先" and "ＨＢｓＡｇ" are caught; the phrase reported
 * is cut from the original text. Patterns are therefore written for normalised text: half-width
 * punctuation (",", ":", "-", "~"), lowercase latin, no spaces. 。 and 、 have no half-width form and stay.
 */

/** The protected grounds the filter knows. */
export type DiscriminationCategory =
  | 'sex'
  | 'marriage_childbirth'
  | 'ethnicity_religion'
  | 'health_hbv'
  | 'household_origin'
  | 'disability'
  | 'age'
  | 'appearance';

/** 'block': the employer must remove the wording; 'review': a person at the service centre decides. */
export type Severity = 'block' | 'review';

/** A phrase rule. Plain strings match literally; RegExps are written against the normalised text. */
export interface PhraseRule {
  id: string;
  category: DiscriminationCategory;
  severity: Severity;
  /** The ground in Chinese, used as 「…」涉嫌{ground}. */
  ground: string;
  patterns: readonly (string | RegExp)[];
  /** Innocent wording: a match that overlaps an occurrence of one of these is not reported. */
  exceptions?: readonly (string | RegExp)[];
}

/** One flagged phrase. `phrase` is exactly as it appears in the text, starting at `index`. */
export interface Finding {
  ruleId: string;
  category: DiscriminationCategory;
  ground: string;
  severity: Severity;
  phrase: string;
  index: number;
}

// Words that turn a group into an exclusion: 女性勿扰, 外地人免谈, 残疾人谢绝 …
// 不要求 (no requirement) and 不收费 (free of charge) are not exclusions.
const EXCLUDE =
  '(?:勿扰|免谈|谢绝|莫扰|不要(?!求)|不招|不收(?!费|取)|不录用|不予录用|不聘用|不予聘用|不考虑|不予考虑|慎投|勿投|请绕道|请勿(?:应聘|投递|报名))';
const EXCLUDE_BEFORE = '(?:不招收|不招聘|不招|不要(?!求)|谢绝|不录用|不聘用|拒收|拒招)';
// Ages 20–69 in digits or Chinese numerals: "16岁以下" and "12岁以下儿童" are about minors or customers.
const N_AGE = '(?:[2-6]\\d|[二三四五六]十[一二三四五六七八九]?)';
const PROVINCES =
  '(?:河南|河北|山东|山西|东北|黑龙江|吉林|辽宁|四川|湖南|湖北|安徽|江西|广西|广东|贵州|云南|甘肃|陕西|内蒙古?|宁夏|青海|福建|浙江|江苏|潮汕|海南)';
const CITIES = '(?:北京|上海|天津|重庆|广州|深圳|杭州|南京|武汉|成都|西安|苏州|南昌|长沙|郑州)';
const NO_PUNCT = '[^,.;:!?。]'; // a character inside one clause
// A "work on the disease" exception must not excuse a hiring condition in the same clause:
// 完成入职体检（含乙肝检测）, 入职需配合完成孕检.
const HIRING = '(?:体检|入职|录用|上岗|应聘|报到)';
const NOT_AFTER_HIRING = `(?<!${HIRING}${NO_PUNCT}{0,12})`;
const CLAUSE_NO_HIRING = `(?:(?!${HIRING})${NO_PUNCT})`;

const SEX_INNOCENT: readonly (string | RegExp)[] = [
  /(?:男|女)童?(?:装|鞋|包|表|款|袜)/,
  /男(?:士|性)?(?:理发|护肤|用品|服饰|西装|发型|健康|专科|不育)/,
  /女(?:士|性)?(?:用品|服饰|内衣|护肤|健康|专科|护理|卫生)/,
  /男性?科|(?:男|女)宾|妇科|妇产|4050妇女/,
  /不限男女|不限性别|男女不限|男女均可|男女皆可|男女不论|性别不限/,
  /(?:男|女)(?:性|士|生)?[、和或及/](?:男|女)/,
  /(?:男|女)(?:性|士|生)?,(?:男|女)(?:性|士|生)?(?:均可|皆可|不限|都可)/,
  /(?:对象|客户|顾客|客群|用户|患者|会员)(?:为|是|:|主要为|以)*(?:男|女)(?:性|士|生)?/,
];
const HBV_INNOCENT: readonly (string | RegExp)[] = [
  /(?:乙肝|乙型肝炎|hbv)(?:疫苗|防治|防控|检测试剂|诊断试剂|试剂|新药|药物|治疗|门诊|专科|病房|科研|研究|项目|母婴阻断|宣传|健康教育|患者)/,
  /(?:hbsag|hbv|两对半|乙肝五项)(?:检测)?(?:试剂|诊断)/,
  // work on the disease, not a condition on the worker: 负责乙肝五项等项目采血, 护理乙肝、丙肝患者
  new RegExp(`${NOT_AFTER_HIRING}(?:负责|协助|开展|从事|熟悉|承担|完成|操作|护理|诊治|收治)${CLAUSE_NO_HIRING}{0,10}?(?:乙肝|hbsag|两对半|hbv)${CLAUSE_NO_HIRING}{0,10}?(?:检测|检验|诊断|研究|治疗|研发|生产|患者|病人|采血|项目|用药|药品)`),
];
const AGE_INNOCENT: readonly RegExp[] = [
  /(?:\d{1,2}(?:周?岁)?(?:-|~|至|到))?\d{1,2}周?岁(?:以下|以内|之内|及以下|以上|及以上)?的?(?:儿童|幼儿|婴幼儿|婴儿|少儿|青少年|孩子|小孩|孩童|小朋友|宝宝|学生|学员|患儿|患者|老人|老年人|客户|用户|会员|人群|群体|(?:青年)?(?:创业者|大学生|中学生|小学生))/,
];

/** The rule list. Order does not matter: overlapping findings of one category are merged. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  // — sex —
  { id: 'sex.restrict', category: 'sex', severity: 'block', ground: '性别歧视', exceptions: SEX_INNOCENT,
    patterns: [/(?:只限|仅限|限招|只招|仅招|只要|只收|只聘|仅聘|只录|限)(?:男|女)(?:性|士|生|工)?/, /要求(?:为|:)?(?:男|女)(?:性|士|生)/] },
  { id: 'sex.preference', category: 'sex', severity: 'block', ground: '性别歧视', exceptions: SEX_INNOCENT,
    patterns: [/(?:男|女)(?:性|士|生|工|的|同志)?者?(?:优先|为佳)/] },
  { id: 'sex.exclude', category: 'sex', severity: 'block', ground: '性别歧视', exceptions: SEX_INNOCENT,
    patterns: [new RegExp(`(?:妇女|男|女)(?:性|士|生|的|同志)?${EXCLUDE}`), new RegExp(`${EXCLUDE_BEFORE}(?:妇女|(?:男|女)(?:性|士|生|工|同志)?)`)] },
  { id: 'sex.form', category: 'sex', severity: 'block', ground: '性别歧视', exceptions: SEX_INNOCENT,
    patterns: [/性别(?:要求|限制|限定)?(?:为|是|:|限)*(?:男|女)性?/] },
  // "任职要求：男，25岁以上" — a bare sex as an item of a list is very likely a condition, but may name customers
  { id: 'sex.bare_item', category: 'sex', severity: 'review', ground: '性别歧视', exceptions: SEX_INNOCENT,
    patterns: [/(?:(?<=[,;。、:])|^)(?:男|女)(?:性|士|生)?(?=[,;。、]|$)/] },
  // — marriage and childbirth —
  { id: 'marriage.unmarried', category: 'marriage_childbirth', severity: 'block', ground: '婚育歧视',
    exceptions: [/未婚(?:先孕|妈妈|母亲|父亲|夫|妻|男女|青年男女)/, /为未婚/], patterns: [/未婚(?:未育)?/] },
  { id: 'marriage.married', category: 'marriage_childbirth', severity: 'block', ground: '婚育歧视',
    patterns: [/已婚(?:已育|未育)?(?:者|人士|人员|女性|男性)?(?:优先|为佳)/, /(?:限|仅限|只招|要求|须|需)已婚(?:已育)?/, /婚(?:姻状况|姻|否)(?:要求)?:?已婚(?:已育)?/] },
  { id: 'childbirth.status', category: 'marriage_childbirth', severity: 'block', ground: '婚育歧视',
    patterns: [/(?:已婚)?(?:已育|未育)(?:者|人士|女性)?(?:优先)?/, /(?:已|未)生育(?:过)?的?(?:者|人士|女性|人员)?(?:优先|为佳)/, /(?:要求|限|须|需)(?:已|未)生育/] },
  { id: 'childbirth.mother_preference', category: 'marriage_childbirth', severity: 'review', ground: '婚育歧视',
    patterns: [/宝妈(?:优先|为佳)/, /有(?:孩子|小孩)的?(?:者|女性)?优先/] },
  { id: 'childbirth.pregnancy_test', category: 'marriage_childbirth', severity: 'block', ground: '婚育歧视',
    exceptions: [/孕检(?:门诊|中心|科|咨询|服务|项目|业务|预约|登记|报告解读)/, new RegExp(`${NOT_AFTER_HIRING}(?:负责|协助|开展|从事|承接|配合)(?:医生)?(?:进行|完成)?(?:孕检|妊娠检查)`)],
    patterns: ['孕检', '妊娠检查', '妊娠检测', '妊娠试验', '怀孕检查', '验孕'] },
  { id: 'childbirth.no_birth_period', category: 'marriage_childbirth', severity: 'block', ground: '婚育歧视',
    patterns: [
      /(?:\d+|[一二三四五两])年(?:之)?内不(?:得|能|准|可|许|允许)?(?:生育|怀孕|要孩子|要小孩|生孩子|生小孩|生二胎|生二孩|结婚)/,
      /(?:入职后|合同期内|合同期间|劳动合同期内|试用期内|工作期间|在职期间|服务期内)(?:\d+年)?不(?:得|能|准|可|许|允许)(?:生育|怀孕|要孩子|生孩子|结婚)/,
      /(?:承诺|保证)(?:\d+|[一二三四五两])?年?内?不(?:生育|怀孕|要孩子|结婚)/,
    ] },
  { id: 'childbirth.pregnant_excluded', category: 'marriage_childbirth', severity: 'block', ground: '婚育歧视',
    patterns: [
      new RegExp(`(?:怀孕|孕期|孕妇|哺乳期|备孕)(?:中|期间)?(?:者|人员|女性|妇女)?${EXCLUDE}`),
      new RegExp(`${EXCLUDE_BEFORE}(?:孕妇|怀孕|孕期|哺乳期|备孕)`),
      new RegExp(`(?:近期|短期内|近两年)?有?(?:生育|怀孕|结婚)计划(?:者|的)?${EXCLUDE}`),
      /(?:无|没有)(?:近期)?(?:生育|怀孕|结婚)计划/,
    ] },
  // — ethnicity, race, religion —
  { id: 'ethnicity.han_only', category: 'ethnicity_religion', severity: 'block', ground: '民族歧视',
    exceptions: [/汉(?:语|字|服|文化|英|维|藏|蒙)/],
    patterns: [/(?:限|仅限|只限|只招|仅招|只要|要求|须为|需为|必须是|限招)汉族(?:人)?/, /汉族(?:人|人士|员工)?(?:优先|为佳)/, /民族(?:要求|限制)?(?:为|:|限|是)+汉族?/, /民族(?:要求|限制)?汉族/] },
  { id: 'ethnicity.han', category: 'ethnicity_religion', severity: 'review', ground: '民族歧视',
    exceptions: [/汉族(?:民间)?(?:舞|服饰|文化|历史|传统|民歌|音乐|乐器)/], patterns: ['汉族'] },
  { id: 'ethnicity.minority_excluded', category: 'ethnicity_religion', severity: 'block', ground: '民族歧视',
    patterns: [
      new RegExp(`(?:少数民族|回族|维吾尔族|维族|藏族|蒙古族|彝族|壮族|苗族|新疆|西藏)(?:籍)?(?:人|人士|人员|同胞|朋友)?${EXCLUDE}`),
      new RegExp(`${EXCLUDE_BEFORE}(?:少数民族|回族|维吾尔族|维族|藏族|新疆|西藏)(?:籍)?(?:人|人员)?`),
    ] },
  { id: 'race.excluded', category: 'ethnicity_religion', severity: 'block', ground: '种族歧视',
    patterns: [new RegExp(`(?:黑人|黑种人|黑皮肤)(?:者|人士|朋友)?${EXCLUDE}`), new RegExp(`${EXCLUDE_BEFORE}(?:黑人|黑种人)`)] },
  { id: 'religion.excluded', category: 'ethnicity_religion', severity: 'block', ground: '宗教歧视',
    patterns: [
      new RegExp(`(?:信教|信仰宗教|有宗教信仰|宗教信仰|宗教人士|信徒|穆斯林|基督徒|佛教徒|伊斯兰教徒?)(?:者|的|人士|人员)?${EXCLUDE}`),
      new RegExp(`${EXCLUDE_BEFORE}(?:信教|有宗教信仰|宗教人士|信徒|穆斯林|基督徒|佛教徒)(?:者|人员)?`),
      /(?:要求|须|需|限)?(?:无宗教信仰|不信教|不信仰宗教)(?:者)?(?:优先)?/,
    ] },
  // — hepatitis B and other pathogen carriers —
  { id: 'hbv.marker', category: 'health_hbv', severity: 'block', ground: '乙肝歧视', exceptions: HBV_INNOCENT,
    patterns: ['乙肝五项', '乙肝表面抗原', '乙肝', '乙型肝炎', '大三阳', '小三阳', 'HBsAg', '两对半', '澳抗', /hbv(?:携带|阳性|dna)?/] },
  { id: 'hbv.carrier_excluded', category: 'health_hbv', severity: 'block', ground: '乙肝歧视',
    patterns: [
      new RegExp(`(?:乙肝|乙型肝炎|hbv|hbsag|澳抗|病毒性肝炎)(?:病毒)?(?:携带者?|患者|阳性|大三阳|小三阳)?(?:者|人员)?${EXCLUDE}`),
      new RegExp(`${EXCLUDE_BEFORE}(?:乙肝|乙型肝炎|hbv|大三阳|小三阳)(?:病毒)?(?:携带者?|患者|阳性)?`),
    ] },
  { id: 'pathogen.carrier_excluded', category: 'health_hbv', severity: 'block', ground: '病原携带者歧视',
    patterns: [new RegExp(`(?:hiv|艾滋病?|病原|病毒)(?:携带|感染)者?${EXCLUDE}`), new RegExp(`${EXCLUDE_BEFORE}(?:hiv|艾滋病?|病原|病毒)(?:携带|感染)者?`)] },
  // — household registration, origin, rural workers —
  { id: 'household.local_hukou', category: 'household_origin', severity: 'block', ground: '户籍歧视',
    exceptions: [
      /(?:办理|协助|解决|帮助|落|迁入|迁移|可办|代办|申请)(?:办理|解决)?(?:本地|本市|本区|本县|本省)?(?:常住)?(?:户口|户籍)/,
      /(?:户口|户籍)(?:政策|业务|管理|登记|迁移|办理)/,
      new RegExp(`(?:本地|本市|本区|本县|本省)(?:户口|户籍)${NO_PUNCT}{0,10}(?:可享受|享受|补贴)`),
    ],
    patterns: [
      /(?:限|仅限|只限|只招|要求|须为|需为|需|须|必须)?(?:本地|本市|本区|本县|本省|本镇|当地|城镇|城市|非农业?)(?:常住)?(?:户口|户籍)(?:者|人员)?(?:优先)?/,
      /(?:户口|户籍)(?:要求|限制|所在地)?(?:为|:|限|是)+(?:本地|本市|本区|本县|本省|城镇|非农)/,
      new RegExp(`(?:${PROVINCES}|${CITIES})(?:省|市)?(?:户口|户籍)者?优先`),
    ] },
  { id: 'household.outsider_excluded', category: 'household_origin', severity: 'block', ground: '地域歧视',
    patterns: [
      new RegExp(`(?:外地|外省|外来|非本地|非本市|异地)(?:人|人员|人士|户口|户籍|务工人员)?${EXCLUDE}`),
      new RegExp(`${PROVINCES}省?(?:籍|人|户籍|户口)(?:人员|人士)?${EXCLUDE}`),
      new RegExp(`${EXCLUDE_BEFORE}(?:外地|外省|${PROVINCES})(?:籍|人|人员|户口|户籍)?`),
      /(?:限|仅限|只限|只招|只要|仅招|限招)(?:本地|当地|本市|本区|本县)(?:人|籍)/,
      /(?:本地|当地|本市)(?:人|居民|籍)(?:者)?优先/,
    ] },
  { id: 'household.rural_excluded', category: 'household_origin', severity: 'block', ground: '农村劳动者歧视',
    patterns: [
      new RegExp(`${EXCLUDE_BEFORE}(?:农村|农民|农业户口|农村户口|农民工)(?:人员|户口|户籍|工)?`),
      new RegExp(`(?:农村|农业)(?:户口|户籍)(?:人员)?${EXCLUDE}`),
      new RegExp(`(?:农民工|农村人)${EXCLUDE}`),
    ] },
  // — disability —
  { id: 'disability.excluded', category: 'disability', severity: 'block', ground: '残疾歧视',
    patterns: [new RegExp(`(?:残疾人士|残障人士|残疾人|残障人|残疾|残障|伤残)(?:者|人员)?${EXCLUDE}`), new RegExp(`${EXCLUDE_BEFORE}(?:残疾|残障|伤残)(?:人士|人)?`)] },
  { id: 'disability.able_bodied', category: 'disability', severity: 'review', ground: '残疾歧视',
    patterns: ['身体健全', '四肢健全', '肢体健全', '无残疾', '无身体缺陷', '身体无缺陷', '无肢体残疾', '五官端正'] },
  // — age —
  { id: 'age.limit', category: 'age', severity: 'review', ground: '年龄歧视', exceptions: AGE_INNOCENT,
    patterns: [
      new RegExp(`${N_AGE}周?岁(?:以下|以内|之内|及以下|或以下)`),
      new RegExp(`年龄(?:要求|限制|限|在)?(?:不超过|不大于|不高于|小于|低于|不得超过|不能超过|未满|上限)${N_AGE}(?:周?岁)?`),
      new RegExp(`(?:超过|大于|年满)?${N_AGE}周?岁(?:以上|及以上|之上)?(?:者|的)?${EXCLUDE}`),
      new RegExp(`(?:1[6-9]|十[六七八九]|${N_AGE})周?岁?(?:-|~|至|到)${N_AGE}周?岁`),
      new RegExp(`年龄(?:要求|限制|在|:)*(?:1[6-9]|十[六七八九]|${N_AGE})周?岁?(?:-|~|至|到)${N_AGE}(?:周?岁)?`),
      /(?:[5-9]0|00|95|85)后(?:优先|为主|为佳)/,
      /年轻(?:人|女性|男性)?(?:优先|为佳)/,
    ] },
  // — height and appearance —
  { id: 'appearance.height', category: 'appearance', severity: 'review', ground: '身高歧视',
    patterns: [
      /身高(?:要求|需|须|在|:)*(?:男|女)?(?:性|生|士)?(?:不低于|不少于|达到|:)?(?:1[4-9]\d|1\.[4-9]\d?)(?:cm|厘米|公分|米|m)?(?:以上|及以上|左右|以下)?/,
      /(?:男|女)(?:性|生|士)?(?:1[4-9]\d)(?:cm|厘米|公分)(?:以上|及以上)/,
    ] },
  { id: 'appearance.weight', category: 'appearance', severity: 'review', ground: '外貌歧视',
    patterns: [/体重(?:要求|需|须|在|:)*(?:不超过|不高于|低于|小于|控制在)?\d{2,3}(?:kg|公斤|斤)(?:以下|以内|之内)?/] },
  { id: 'appearance.looks', category: 'appearance', severity: 'review', ground: '外貌歧视',
    exceptions: [/(?:企业|公司|品牌|店面|门店|产品|城市|社区)形象/],
    patterns: [/形象(?:气质)?(?:好|佳|优|出众|端庄)/, /气质(?:佳|好|优雅|出众)/, /(?:相貌|容貌)(?:端正|端庄|好|佳|出众|姣好)/,
      /长相(?:甜美|端正|好|佳|清秀|帅气|出众)/, /颜值(?:高|在线)/, /外形(?:好|佳|靓丽)/, '五官精致', '面容姣好', /身材(?:好|匀称|苗条|高挑)/] },
];

/** Text prepared for matching; `origin[i]` is the index in the original text of normalised char i. */
export interface NormalisedText {
  text: string;
  origin: number[];
}

const DROPPED = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/; // whitespace, zero-width characters, soft hyphen
const DASHES = /[\u2010-\u2015\u2212\u301c]/; // ‐ ‑ ‒ – — ― − 〜

/** Full-width → half-width, whitespace and zero-width characters removed, latin lowercased. */
export function normaliseText(input: string): NormalisedText {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < input.length; i += 1) {
    let code = input.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0; // ＡＢＣ１２３（）：，－～ …
    let ch = String.fromCharCode(code);
    if (DROPPED.test(ch)) continue;
    if (ch === '\u301c' || ch === '\uff5e') ch = '~';
    else if (DASHES.test(ch)) ch = '-';
    else if (code >= 0x41 && code <= 0x5a) ch = String.fromCharCode(code + 32);
    chars.push(ch);
    origin.push(i);
  }
  return { text: chars.join(''), origin };
}

/** A rule with its patterns compiled for the normalised text. */
export interface CompiledRule {
  rule: PhraseRule;
  pattern: RegExp;
  exceptions: RegExp[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sourceOf(p: string | RegExp): string {
  return typeof p === 'string' ? escapeRegExp(normaliseText(p).text) : p.source;
}

function compile(patterns: readonly (string | RegExp)[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${sourceOf(p)})`).join('|'), 'g');
}

// Exceptions are compiled once and shared by reference, so a scan finds each one's spans once.
const exceptionCache = new Map<string | RegExp, RegExp>();
function compileException(p: string | RegExp): RegExp {
  let re = exceptionCache.get(p);
  if (!re) {
    re = compile([p]);
    exceptionCache.set(p, re);
  }
  return re;
}

/** Compiles a rule list (the default list is compiled once at load). */
export function compileRules(rules: readonly PhraseRule[]): readonly CompiledRule[] {
  return rules.map((rule) => ({ rule, pattern: compile(rule.patterns), exceptions: (rule.exceptions ?? []).map(compileException) }));
}

const COMPILED = compileRules(PHRASE_RULES);

type Span = [start: number, end: number];

function spansOf(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/**
 * Scans a text for discriminatory wording. Overlapping matches of one category are merged into the
 * most severe, then longest one (乙肝携带者勿扰 rather than 乙肝); different grounds are all reported.
 */
export function scanText(text: string, rules: readonly CompiledRule[] = COMPILED): Finding[] {
  const norm = normaliseText(text);
  const exceptionSpans = new Map<RegExp, Span[]>();
  const candidates: { finding: Finding; span: Span }[] = [];
  for (const { rule, pattern, exceptions } of rules) {
    for (const span of spansOf(pattern, norm.text)) {
      const innocent = exceptions.some((re) => {
        let spans = exceptionSpans.get(re);
        if (!spans) {
          spans = spansOf(re, norm.text);
          exceptionSpans.set(re, spans);
        }
        return spans.some((e) => overlaps(e, span));
      });
      if (innocent) continue;
      const start = norm.origin[span[0]];
      const end = norm.origin[span[1] - 1] + 1;
      const { id: ruleId, category, ground, severity } = rule;
      candidates.push({ finding: { ruleId, category, ground, severity, phrase: text.slice(start, end), index: start }, span });
    }
  }
  const rank = (c: { finding: Finding; span: Span }): [number, number, number] =>
    [c.finding.severity === 'block' ? 0 : 1, -(c.span[1] - c.span[0]), c.span[0]];
  candidates.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  });
  const kept: { finding: Finding; span: Span }[] = [];
  for (const c of candidates) {
    if (!kept.some((k) => k.finding.category === c.finding.category && overlaps(k.span, c.span))) kept.push(c);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]).map((k) => k.finding);
}
