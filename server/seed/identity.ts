// Realistic, deterministic demo identities: names, citizen IDs, credit codes, phones, companies.

import { citizenIdCheckChar } from '../platform/validators/citizen-id.js';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  organizationCodeCheckChar,
} from '../platform/validators/credit-code.js';
import type { Random } from './random.js';

type Weighted<T> = readonly { value: T; weight: number }[];

/** Parses "字:weight 字:weight ..." into a weighted list. */
function parseWeighted(table: string): Weighted<string> {
  return table
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [value, weight] = entry.split(':');
      return { value, weight: Number(weight) };
    });
}

// Approximate frequencies (per 10,000 people) of common surnames in mainland China.
const SURNAMES = parseWeighted(`
  王:710 李:700 张:670 刘:540 陈:460 杨:310 黄:220 赵:200 吴:200 周:190 徐:150 孙:150
  马:120 朱:110 胡:110 郭:110 何:100 林:100 高:100 罗:90 郑:80 梁:80 谢:70 宋:60
  唐:60 许:60 韩:60 冯:60 邓:60 曹:50 彭:50 曾:50 肖:50 田:50 董:50 袁:50 潘:40
  于:40 蒋:40 蔡:40 余:40 杜:40 叶:40 程:40 苏:40 魏:40 吕:40 丁:40 任:30 沈:30
  姚:30 卢:30 姜:30 崔:30 钟:30 谭:30 陆:30 汪:30 范:30 金:30 石:30 廖:30 贾:30
  夏:30 韦:30 付:20 方:20 白:20 邹:20 孟:20 熊:20 秦:20 邱:20 江:20 尹:20 薛:20
  闫:20 段:20 雷:20 侯:20 龙:20 史:20 陶:20 黎:20 贺:20 顾:20 毛:20 郝:20 龚:20
  邵:20 万:20 钱:20 严:20 覃:12 武:12 戴:12 莫:12 孔:12 向:12 汤:12 易:10 常:10
  欧阳:2 司马:0.5 上官:0.4 诸葛:0.3
`);

// Given-name characters: [first position, second position, single-character names].
const GIVEN_CHARS: Readonly<Record<1 | 2, readonly [string[], string[], string[]]>> = {
  1: [
    Array.from('建国志明文俊家子浩宇嘉晓永立海国振思天鹏伟泽博一德宏少世金文昊承'),
    Array.from('伟强军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健帆旭宁龙林阳峰亮成轩睿然泽诚兴东毅豪锋'),
    Array.from('伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健帆旭宁龙峰亮阳毅'),
  ],
  2: [
    Array.from('晓思雨欣佳梦诗雅子嘉秀丽美春婉若一紫慧静玉海淑文可巧梓心'),
    Array.from('芳娜敏静丽艳娟霞燕玲婷雪慧琳洁颖倩琴云莉红梅兰萍晶欣悦怡涵瑶妍萱丹璐月英蕾彤琪'),
    Array.from('芳娜敏静丽艳娟霞燕玲婷雪慧琳洁颖倩琴云莉红梅兰萍晶欣悦怡丹璐'),
  ],
};

// Combinations that read as famous names, words or jokes rather than ordinary given names.
const AVOIDED_GIVEN = new Set([
  '泽东', '金刚', '少林', '国军', '天龙', '文明', '天平', '海军', '美丽', '美艳', '春丽',
]);

/** Generates a realistic Chinese full name (2–4 characters) for the given sex (1 male, 2 female). */
export function chineseName(rng: Random, sex: 1 | 2): string {
  const surname = rng.weighted(SURNAMES);
  const [firsts, seconds, singles] = GIVEN_CHARS[sex];
  if (rng.chance(0.25)) {
    return surname + rng.pick(singles);
  }
  let given = '';
  for (let i = 0; i < 16; i++) {
    const first = rng.pick(firsts);
    const second = rng.pick(seconds);
    given = first + second;
    if (first !== second && !AVOIDED_GIVEN.has(given)) break;
  }
  return surname + given;
}

/** Generates a valid 18-digit GB 11643 citizen identity number with the given region, birth date and sex. */
export function citizenId(
  rng: Random,
  opts: { regionCode6: string; birthDate: string; sex: 1 | 2 },
): string {
  if (!/^\d{6}$/.test(opts.regionCode6)) {
    throw new RangeError(`regionCode6 must be 6 digits: ${opts.regionCode6}`);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(opts.birthDate);
  const t = m === null ? NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (m === null || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== opts.birthDate) {
    throw new RangeError(`birthDate must be a valid YYYY-MM-DD date: ${opts.birthDate}`);
  }
  const sequence = String(rng.int(0, 99)).padStart(2, '0');
  // 17th digit: odd for male, even for female.
  const sexDigit = 2 * rng.int(0, 4) + (opts.sex === 1 ? 1 : 0);
  const first17 = opts.regionCode6 + m[1] + m[2] + m[3] + sequence + String(sexDigit);
  return first17 + citizenIdCheckChar(first17);
}

/** Generates a valid GB 32100 unified social credit code (default: 工商-registered enterprise). */
export function creditCode(
  rng: Random,
  opts: { divisionCode6: string; authority?: '9'; category?: '1' },
): string {
  if (!/^\d{6}$/.test(opts.divisionCode6)) {
    throw new RangeError(`divisionCode6 must be 6 digits: ${opts.divisionCode6}`);
  }
  const authority = opts.authority ?? '9';
  const category = opts.category ?? '1';
  // Post-2015 registrations carry organization codes of the form "MA" + 6 characters.
  let orgBody = 'MA';
  for (let i = 0; i < 6; i++) orgBody += CREDIT_CODE_CHARSET[rng.int(0, CREDIT_CODE_CHARSET.length - 1)];
  const first17 =
    authority + category + opts.divisionCode6 + orgBody + organizationCodeCheckChar(orgBody);
  return first17 + creditCodeCheckChar(first17);
}

const MOBILE_PREFIXES = parseWeighted(`
  130:4 131:4 132:3 133:3 134:2 135:6 136:5 137:5 138:7 139:8 150:4 151:4 152:3 153:2
  155:3 156:3 157:2 158:5 159:5 180:3 181:3 182:3 183:3 184:1 185:3 186:4 187:4 188:3
  189:4 191:1 193:1 195:1 198:2 199:2
`);

/** Generates a plausible 11-digit mainland mobile number (13x/15x/18x/19x). */
export function mobilePhone(rng: Random): string {
  let phone = rng.weighted(MOBILE_PREFIXES);
  for (let i = 0; i < 8; i++) phone += String(rng.int(0, 9));
  return phone;
}

const BRAND_WORDS = (
  '恒达 华信 鑫源 宏盛 瑞丰 金泰 永昌 盛华 嘉禾 顺达 德润 隆昌 天成 锦程 新创 中盛 博远 安泰 ' +
  '兴旺 诚信 华瓷 景华 昌达 荣邦 利民 汇通 宏远 众鑫 卓越 金鼎 长青 鼎盛 和润 佳美 昊天 祥瑞 ' +
  '润丰 金诚 明德 正邦 赣江 远航 广源 友邦 立信 凯达 泰和 同创 宇通 新锐 通达 浩然 聚贤 百川'
).split(' ');

const TRADE_WORDS = (
  '陶瓷 机械 物流 电子 餐饮管理 建筑工程 商贸 医药 家政服务 信息技术 食品 纺织服装 ' +
  '装饰工程 汽车销售 人力资源服务 物业管理 农业开发 新材料 环保科技 软件开发 包装 印务 ' +
  '教育咨询 健康管理 化工 电气设备 旅游开发 文化传媒 网络科技 劳务服务'
).split(' ');

// GB/T 4754 industry sections mapped to fitting trade words.
const INDUSTRY_TRADES: Readonly<Record<string, readonly string[]>> = {
  A: ['农业开发', '生态农业', '种养殖专业合作'],
  C: ['陶瓷', '机械', '电子', '食品', '纺织服装', '新材料', '化工', '电气设备', '包装'],
  D: ['电力工程', '燃气', '新能源科技'],
  E: ['建筑工程', '装饰工程', '市政工程'],
  F: ['商贸', '汽车销售', '医药', '贸易'],
  G: ['物流', '运输', '仓储服务'],
  H: ['餐饮管理', '酒店管理'],
  I: ['信息技术', '软件开发', '网络科技'],
  K: ['物业管理', '房地产开发'],
  L: ['人力资源服务', '劳务服务', '企业管理咨询'],
  M: ['检测技术', '工程设计', '环保科技'],
  O: ['家政服务', '汽车维修', '养老服务'],
  P: ['教育咨询', '职业培训'],
  Q: ['健康管理', '医疗管理'],
  R: ['文化传媒', '旅游开发', '体育文化'],
};

const SECTION_NAMES: Readonly<Record<string, string>> = {
  农林牧渔业: 'A',
  制造业: 'C',
  电力热力燃气及水生产和供应业: 'D',
  建筑业: 'E',
  批发和零售业: 'F',
  交通运输仓储和邮政业: 'G',
  住宿和餐饮业: 'H',
  信息传输软件和信息技术服务业: 'I',
  房地产业: 'K',
  租赁和商务服务业: 'L',
  科学研究和技术服务业: 'M',
  居民服务修理和其他服务业: 'O',
  教育: 'P',
  卫生和社会工作: 'Q',
  文化体育和娱乐业: 'R',
};

const COMPANY_SUFFIXES: Weighted<string> = [
  { value: '有限公司', weight: 70 },
  { value: '有限责任公司', weight: 20 },
  { value: '股份有限公司', weight: 10 },
];

/** Resolves an industry hint (trade word, GB/T 4754 section letter or name) to trade words. */
function tradesFor(industryHint: string | undefined): readonly string[] {
  const hint = (industryHint ?? '').replace(/[\s、，,]/g, '');
  if (hint === '') return TRADE_WORDS;
  const section = INDUSTRY_TRADES[hint.toUpperCase()] ?? INDUSTRY_TRADES[SECTION_NAMES[hint] ?? ''];
  if (section !== undefined) return section;
  return /^[\u4e00-\u9fff]{1,8}$/.test(hint) ? [hint] : TRADE_WORDS;
}

/** Generates a realistic company name such as "景德镇市华瓷陶瓷有限公司". */
export function companyName(rng: Random, cityName: string, industryHint?: string): string {
  const city = cityName.trim();
  // Names use either the full city name ("景德镇市") or its short form ("景德镇").
  const short = city.length > 2 && city.endsWith('市') ? city.slice(0, -1) : city;
  const prefix = rng.chance(0.5) ? city : short;
  const brand = rng.pick(BRAND_WORDS);
  const trade = rng.pick(tradesFor(industryHint));
  return prefix + brand + trade + rng.weighted(COMPANY_SUFFIXES);
}
