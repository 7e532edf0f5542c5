/**
 * 国民经济行业分类 (Industrial classification for national economic activities).
 *
 * - GB/T 4754-2017: 20 sections (门类, level 1, letters A–T) and 97 divisions
 *   (大类, level 2, "01"–"97", parentCode = section letter). Published 2017-06-30,
 *   in force since 2017-10-01. Amendment No. 1 (2019) changed no section or division.
 *   Groups (中类) and classes (小类) are not shipped here.
 * - GB/T 4754-2011: sections only. Its section names are identical to 2017, but its
 *   division codes differ (96 divisions; e.g. 2011 "90" was 中国共产党机关), so the
 *   2017 divisions must NOT be used to decode 2011-era data.
 * - GB/T 4754-2002: sections only (its divisions are not shipped).
 */
import type { CodeTableSeed } from './types.js';

export const INDUSTRY_GB_T_4754_2017: CodeTableSeed = {
  type: 'industry',
  edition: 'GB/T 4754-2017',
  standard: 'GB/T 4754-2017 国民经济行业分类',
  name: '国民经济行业分类',
  nameEn: 'Industrial classification for national economic activities',
  effectiveFrom: '2017-10-01',
  entries: [
    // A 农、林、牧、渔业
    { code: 'A', name: '农、林、牧、渔业', nameEn: 'Agriculture, forestry, animal husbandry and fishery', level: 1 },
    { code: '01', name: '农业', parentCode: 'A', level: 2 },
    { code: '02', name: '林业', parentCode: 'A', level: 2 },
    { code: '03', name: '畜牧业', parentCode: 'A', level: 2 },
    { code: '04', name: '渔业', parentCode: 'A', level: 2 },
    { code: '05', name: '农、林、牧、渔专业及辅助性活动', parentCode: 'A', level: 2 },
    // B 采矿业
    { code: 'B', name: '采矿业', nameEn: 'Mining', level: 1 },
    { code: '06', name: '煤炭开采和洗选业', parentCode: 'B', level: 2 },
    { code: '07', name: '石油和天然气开采业', parentCode: 'B', level: 2 },
    { code: '08', name: '黑色金属矿采选业', parentCode: 'B', level: 2 },
    { code: '09', name: '有色金属矿采选业', parentCode: 'B', level: 2 },
    { code: '10', name: '非金属矿采选业', parentCode: 'B', level: 2 },
    { code: '11', name: '开采专业及辅助性活动', parentCode: 'B', level: 2 },
    { code: '12', name: '其他采矿业', parentCode: 'B', level: 2 },
    // C 制造业
    { code: 'C', name: '制造业', nameEn: 'Manufacturing', level: 1 },
    { code: '13', name: '农副食品加工业', parentCode: 'C', level: 2 },
    { code: '14', name: '食品制造业', parentCode: 'C', level: 2 },
    { code: '15', name: '酒、饮料和精制茶制造业', parentCode: 'C', level: 2 },
    { code: '16', name: '烟草制品业', parentCode: 'C', level: 2 },
    { code: '17', name: '纺织业', parentCode: 'C', level: 2 },
    { code: '18', name: '纺织服装、服饰业', parentCode: 'C', level: 2 },
    { code: '19', name: '皮革、毛皮、羽毛及其制品和制鞋业', parentCode: 'C', level: 2 },
    { code: '20', name: '木材加工和木、竹、藤、棕、草制品业', parentCode: 'C', level: 2 },
    { code: '21', name: '家具制造业', parentCode: 'C', level: 2 },
    { code: '22', name: '造纸和纸制品业', parentCode: 'C', level: 2 },
    { code: '23', name: '印刷和记录媒介复制业', parentCode: 'C', level: 2 },
    { code: '24', name: '文教、工美、体育和娱乐用品制造业', parentCode: 'C', level: 2 },
    { code: '25', name: '石油、煤炭及其他燃料加工业', parentCode: 'C', level: 2 },
    { code: '26', name: '化学原料和化学制品制造业', parentCode: 'C', level: 2 },
    { code: '27', name: '医药制造业', parentCode: 'C', level: 2 },
    { code: '28', name: '化学纤维制造业', parentCode: 'C', level: 2 },
    { code: '29', name: '橡胶和塑料制品业', parentCode: 'C', level: 2 },
    { code: '30', name: '非金属矿物制品业', parentCode: 'C', level: 2 },
    { code: '31', name: '黑色金属冶炼和压延加工业', parentCode: 'C', level: 2 },
    { code: '32', name: '有色金属冶炼和压延加工业', parentCode: 'C', level: 2 },
    { code: '33', name: '金属制品业', parentCode: 'C', level: 2 },
    { code: '34', name: '通用设备制造业', parentCode: 'C', level: 2 },
    { code: '35', name: '专用设备制造业', parentCode: 'C', level: 2 },
    { code: '36', name: '汽车制造业', parentCode: 'C', level: 2 },
    { code: '37', name: '铁路、船舶、航空航天和其他运输设备制造业', parentCode: 'C', level: 2 },
    { code: '38', name: '电气机械和器材制造业', parentCode: 'C', level: 2 },
    { code: '39', name: '计算机、通信和其他电子设备制造业', parentCode: 'C', level: 2 },
    { code: '40', name: '仪器仪表制造业', parentCode: 'C', level: 2 },
    { code: '41', name: '其他制造业', parentCode: 'C', level: 2 },
    { code: '42', name: '废弃资源综合利用业', parentCode: 'C', level: 2 },
    { code: '43', name: '金属制品、机械和设备修理业', parentCode: 'C', level: 2 },
    // D 电力、热力、燃气及水生产和供应业
    { code: 'D', name: '电力、热力、燃气及水生产和供应业', nameEn: 'Production and supply of electricity, heat, gas and water', level: 1 },
    { code: '44', name: '电力、热力生产和供应业', parentCode: 'D', level: 2 },
    { code: '45', name: '燃气生产和供应业', parentCode: 'D', level: 2 },
    { code: '46', name: '水的生产和供应业', parentCode: 'D', level: 2 },
    // E 建筑业
    { code: 'E', name: '建筑业', nameEn: 'Construction', level: 1 },
    { code: '47', name: '房屋建筑业', parentCode: 'E', level: 2 },
    { code: '48', name: '土木工程建筑业', parentCode: 'E', level: 2 },
    { code: '49', name: '建筑安装业', parentCode: 'E', level: 2 },
    { code: '50', name: '建筑装饰、装修和其他建筑业', parentCode: 'E', level: 2 },
    // F 批发和零售业
    { code: 'F', name: '批发和零售业', nameEn: 'Wholesale and retail trade', level: 1 },
    { code: '51', name: '批发业', parentCode: 'F', level: 2 },
    { code: '52', name: '零售业', parentCode: 'F', level: 2 },
    // G 交通运输、仓储和邮政业
    { code: 'G', name: '交通运输、仓储和邮政业', nameEn: 'Transport, storage and postal services', level: 1 },
    { code: '53', name: '铁路运输业', parentCode: 'G', level: 2 },
    { code: '54', name: '道路运输业', parentCode: 'G', level: 2 },
    { code: '55', name: '水上运输业', parentCode: 'G', level: 2 },
    { code: '56', name: '航空运输业', parentCode: 'G', level: 2 },
    { code: '57', name: '管道运输业', parentCode: 'G', level: 2 },
    { code: '58', name: '多式联运和运输代理业', parentCode: 'G', level: 2 },
    { code: '59', name: '装卸搬运和仓储业', parentCode: 'G', level: 2 },
    { code: '60', name: '邮政业', parentCode: 'G', level: 2 },
    // H 住宿和餐饮业
    { code: 'H', name: '住宿和餐饮业', nameEn: 'Accommodation and catering', level: 1 },
    { code: '61', name: '住宿业', parentCode: 'H', level: 2 },
    { code: '62', name: '餐饮业', parentCode: 'H', level: 2 },
    // I 信息传输、软件和信息技术服务业
    { code: 'I', name: '信息传输、软件和信息技术服务业', nameEn: 'Information transmission, software and information technology services', level: 1 },
    { code: '63', name: '电信、广播电视和卫星传输服务', parentCode: 'I', level: 2 },
    { code: '64', name: '互联网和相关服务', parentCode: 'I', level: 2 },
    { code: '65', name: '软件和信息技术服务业', parentCode: 'I', level: 2 },
    // J 金融业
    { code: 'J', name: '金融业', nameEn: 'Finance', level: 1 },
    { code: '66', name: '货币金融服务', parentCode: 'J', level: 2 },
    { code: '67', name: '资本市场服务', parentCode: 'J', level: 2 },
    { code: '68', name: '保险业', parentCode: 'J', level: 2 },
    { code: '69', name: '其他金融业', parentCode: 'J', level: 2 },
    // K 房地产业
    { code: 'K', name: '房地产业', nameEn: 'Real estate', level: 1 },
    { code: '70', name: '房地产业', parentCode: 'K', level: 2 },
    // L 租赁和商务服务业
    { code: 'L', name: '租赁和商务服务业', nameEn: 'Leasing and business services', level: 1 },
    { code: '71', name: '租赁业', parentCode: 'L', level: 2 },
    { code: '72', name: '商务服务业', parentCode: 'L', level: 2 },
    // M 科学研究和技术服务业
    { code: 'M', name: '科学研究和技术服务业', nameEn: 'Scientific research and technical services', level: 1 },
    { code: '73', name: '研究和试验发展', parentCode: 'M', level: 2 },
    { code: '74', name: '专业技术服务业', parentCode: 'M', level: 2 },
    { code: '75', name: '科技推广和应用服务业', parentCode: 'M', level: 2 },
    // N 水利、环境和公共设施管理业
    { code: 'N', name: '水利、环境和公共设施管理业', nameEn: 'Water conservancy, environment and public facilities management', level: 1 },
    { code: '76', name: '水利管理业', parentCode: 'N', level: 2 },
    { code: '77', name: '生态保护和环境治理业', parentCode: 'N', level: 2 },
    { code: '78', name: '公共设施管理业', parentCode: 'N', level: 2 },
    { code: '79', name: '土地管理业', parentCode: 'N', level: 2 },
    // O 居民服务、修理和其他服务业
    { code: 'O', name: '居民服务、修理和其他服务业', nameEn: 'Resident services, repair and other services', level: 1 },
    { code: '80', name: '居民服务业', parentCode: 'O', level: 2 },
    { code: '81', name: '机动车、电子产品和日用产品修理业', parentCode: 'O', level: 2 },
    { code: '82', name: '其他服务业', parentCode: 'O', level: 2 },
    // P 教育
    { code: 'P', name: '教育', nameEn: 'Education', level: 1 },
    { code: '83', name: '教育', parentCode: 'P', level: 2 },
    // Q 卫生和社会工作
    { code: 'Q', name: '卫生和社会工作', nameEn: 'Health and social work', level: 1 },
    { code: '84', name: '卫生', parentCode: 'Q', level: 2 },
    { code: '85', name: '社会工作', parentCode: 'Q', level: 2 },
    // R 文化、体育和娱乐业
    { code: 'R', name: '文化、体育和娱乐业', nameEn: 'Culture, sports and entertainment', level: 1 },
    { code: '86', name: '新闻和出版业', parentCode: 'R', level: 2 },
    { code: '87', name: '广播、电视、电影和录音制作业', parentCode: 'R', level: 2 },
    { code: '88', name: '文化艺术业', parentCode: 'R', level: 2 },
    { code: '89', name: '体育', parentCode: 'R', level: 2 },
    { code: '90', name: '娱乐业', parentCode: 'R', level: 2 },
    // S 公共管理、社会保障和社会组织
    { code: 'S', name: '公共管理、社会保障和社会组织', nameEn: 'Public administration, social security and social organizations', level: 1 },
    { code: '91', name: '中国共产党机关', parentCode: 'S', level: 2 },
    { code: '92', name: '国家机构', parentCode: 'S', level: 2 },
    { code: '93', name: '人民政协、民主党派', parentCode: 'S', level: 2 },
    { code: '94', name: '社会保障', parentCode: 'S', level: 2 },
    { code: '95', name: '群众团体、社会团体和其他成员组织', parentCode: 'S', level: 2 },
    { code: '96', name: '基层群众自治组织及其他组织', parentCode: 'S', level: 2 },
    // T 国际组织
    { code: 'T', name: '国际组织', nameEn: 'International organizations', level: 1 },
    { code: '97', name: '国际组织', parentCode: 'T', level: 2 },
  ],
};

/** GB/T 4754-2011 (published 2011-04-29, in force 2011-11-01 until replaced on 2017-10-01): sections only. */
export const INDUSTRY_GB_T_4754_2011: CodeTableSeed = {
  type: 'industry',
  edition: 'GB/T 4754-2011',
  standard: 'GB/T 4754-2011 国民经济行业分类',
  name: '国民经济行业分类',
  nameEn: 'Industrial classification for national economic activities',
  effectiveFrom: '2011-11-01',
  effectiveTo: '2017-10-01',
  entries: [
    { code: 'A', name: '农、林、牧、渔业', nameEn: 'Agriculture, forestry, animal husbandry and fishery', level: 1 },
    { code: 'B', name: '采矿业', nameEn: 'Mining', level: 1 },
    { code: 'C', name: '制造业', nameEn: 'Manufacturing', level: 1 },
    { code: 'D', name: '电力、热力、燃气及水生产和供应业', nameEn: 'Production and supply of electricity, heat, gas and water', level: 1 },
    { code: 'E', name: '建筑业', nameEn: 'Construction', level: 1 },
    { code: 'F', name: '批发和零售业', nameEn: 'Wholesale and retail trade', level: 1 },
    { code: 'G', name: '交通运输、仓储和邮政业', nameEn: 'Transport, storage and postal services', level: 1 },
    { code: 'H', name: '住宿和餐饮业', nameEn: 'Accommodation and catering', level: 1 },
    { code: 'I', name: '信息传输、软件和信息技术服务业', nameEn: 'Information transmission, software and information technology services', level: 1 },
    { code: 'J', name: '金融业', nameEn: 'Finance', level: 1 },
    { code: 'K', name: '房地产业', nameEn: 'Real estate', level: 1 },
    { code: 'L', name: '租赁和商务服务业', nameEn: 'Leasing and business services', level: 1 },
    { code: 'M', name: '科学研究和技术服务业', nameEn: 'Scientific research and technical services', level: 1 },
    { code: 'N', name: '水利、环境和公共设施管理业', nameEn: 'Water conservancy, environment and public facilities management', level: 1 },
    { code: 'O', name: '居民服务、修理和其他服务业', nameEn: 'Resident services, repair and other services', level: 1 },
    { code: 'P', name: '教育', nameEn: 'Education', level: 1 },
    { code: 'Q', name: '卫生和社会工作', nameEn: 'Health and social work', level: 1 },
    { code: 'R', name: '文化、体育和娱乐业', nameEn: 'Culture, sports and entertainment', level: 1 },
    { code: 'S', name: '公共管理、社会保障和社会组织', nameEn: 'Public administration, social security and social organizations', level: 1 },
    { code: 'T', name: '国际组织', nameEn: 'International organizations', level: 1 },
  ],
};

/**
 * GB/T 4754-2002: sections only. Published 2002-05-10; effectiveFrom uses the
 * implementation date 2002-10-01 printed on the standard (some secondary sources
 * describe it as effective on publication). Replaced by GB/T 4754-2011 on 2011-11-01.
 */
export const INDUSTRY_GB_T_4754_2002: CodeTableSeed = {
  type: 'industry',
  edition: 'GB/T 4754-2002',
  standard: 'GB/T 4754-2002 国民经济行业分类',
  name: '国民经济行业分类',
  nameEn: 'Industrial classification for national economic activities',
  effectiveFrom: '2002-10-01',
  effectiveTo: '2011-11-01',
  entries: [
    { code: 'A', name: '农、林、牧、渔业', nameEn: 'Agriculture, forestry, animal husbandry and fishery', level: 1 },
    { code: 'B', name: '采矿业', nameEn: 'Mining', level: 1 },
    { code: 'C', name: '制造业', nameEn: 'Manufacturing', level: 1 },
    { code: 'D', name: '电力、燃气及水的生产和供应业', nameEn: 'Production and supply of electricity, gas and water', level: 1 },
    { code: 'E', name: '建筑业', nameEn: 'Construction', level: 1 },
    { code: 'F', name: '交通运输、仓储和邮政业', nameEn: 'Transport, storage and postal services', level: 1 },
    { code: 'G', name: '信息传输、计算机服务和软件业', nameEn: 'Information transmission, computer services and software', level: 1 },
    { code: 'H', name: '批发和零售业', nameEn: 'Wholesale and retail trade', level: 1 },
    { code: 'I', name: '住宿和餐饮业', nameEn: 'Accommodation and catering', level: 1 },
    { code: 'J', name: '金融业', nameEn: 'Finance', level: 1 },
    { code: 'K', name: '房地产业', nameEn: 'Real estate', level: 1 },
    { code: 'L', name: '租赁和商务服务业', nameEn: 'Leasing and business services', level: 1 },
    { code: 'M', name: '科学研究、技术服务和地质勘查业', nameEn: 'Scientific research, technical services and geological prospecting', level: 1 },
    { code: 'N', name: '水利、环境和公共设施管理业', nameEn: 'Water conservancy, environment and public facilities management', level: 1 },
    { code: 'O', name: '居民服务和其他服务业', nameEn: 'Resident services and other services', level: 1 },
    { code: 'P', name: '教育', nameEn: 'Education', level: 1 },
    { code: 'Q', name: '卫生、社会保障和社会福利业', nameEn: 'Health, social security and social welfare', level: 1 },
    { code: 'R', name: '文化、体育和娱乐业', nameEn: 'Culture, sports and entertainment', level: 1 },
    { code: 'S', name: '公共管理和社会组织', nameEn: 'Public administration and social organizations', level: 1 },
    { code: 'T', name: '国际组织', nameEn: 'International organizations', level: 1 },
  ],
};

/** All shipped editions of the industry classification, newest first. */
export const INDUSTRY_EDITIONS: CodeTableSeed[] = [
  INDUSTRY_GB_T_4754_2017,
  INDUSTRY_GB_T_4754_2011,
  INDUSTRY_GB_T_4754_2002,
];
