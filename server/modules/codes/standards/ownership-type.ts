/**
 * 企业登记注册类型 (enterprise registration type) per 《关于划分企业登记注册类型的规定》
 * as revised by 国家统计局、国家工商行政管理总局 国统字〔2011〕86号, issued and effective
 * 2011-09-30 (the revision added 290 and 390 to the 1998 table, 国统字〔1998〕200号).
 *
 * Level 1 = 100 内资 / 200 港澳台商投资 / 300 外商投资; level 2 = registration type;
 * level 3 = sub-types. Statistical reports additionally use a "个体经营 (个体户, 个人合伙)"
 * block, which is not part of this enterprise classification and is not shipped; the unit
 * type table covers 个体工商户. NBS has since moved to a 市场主体 classification for new
 * statistics; no effectiveTo is set because registrations coded with this table persist.
 */
import type { CodeTableSeed } from './types.js';

export const OWNERSHIP_TYPE_2011: CodeTableSeed = {
  type: 'ownership_type',
  edition: '国统字〔2011〕86号',
  standard: '关于划分企业登记注册类型的规定（国家统计局、国家工商行政管理总局 国统字〔2011〕86号）',
  name: '企业登记注册类型',
  nameEn: 'Enterprise registration type',
  effectiveFrom: '2011-09-30',
  entries: [
    { code: '100', name: '内资企业', nameEn: 'Domestic enterprises', level: 1 },
    { code: '110', name: '国有企业', nameEn: 'State-owned enterprise', parentCode: '100', level: 2 },
    { code: '120', name: '集体企业', nameEn: 'Collective enterprise', parentCode: '100', level: 2 },
    { code: '130', name: '股份合作企业', nameEn: 'Share cooperative enterprise', parentCode: '100', level: 2 },
    { code: '140', name: '联营企业', nameEn: 'Associated enterprise', parentCode: '100', level: 2 },
    { code: '141', name: '国有联营企业', nameEn: 'State-owned associated enterprise', parentCode: '140', level: 3 },
    { code: '142', name: '集体联营企业', nameEn: 'Collective associated enterprise', parentCode: '140', level: 3 },
    { code: '143', name: '国有与集体联营企业', nameEn: 'State-owned and collective associated enterprise', parentCode: '140', level: 3 },
    { code: '149', name: '其他联营企业', nameEn: 'Other associated enterprise', parentCode: '140', level: 3 },
    { code: '150', name: '有限责任公司', nameEn: 'Limited liability company', parentCode: '100', level: 2 },
    { code: '151', name: '国有独资公司', nameEn: 'Wholly state-owned company', parentCode: '150', level: 3 },
    { code: '159', name: '其他有限责任公司', nameEn: 'Other limited liability company', parentCode: '150', level: 3 },
    { code: '160', name: '股份有限公司', nameEn: 'Company limited by shares', parentCode: '100', level: 2 },
    { code: '170', name: '私营企业', nameEn: 'Private enterprise', parentCode: '100', level: 2 },
    { code: '171', name: '私营独资企业', nameEn: 'Private sole proprietorship', parentCode: '170', level: 3 },
    { code: '172', name: '私营合伙企业', nameEn: 'Private partnership', parentCode: '170', level: 3 },
    { code: '173', name: '私营有限责任公司', nameEn: 'Private limited liability company', parentCode: '170', level: 3 },
    { code: '174', name: '私营股份有限公司', nameEn: 'Private company limited by shares', parentCode: '170', level: 3 },
    { code: '190', name: '其他企业', nameEn: 'Other enterprise', parentCode: '100', level: 2 },

    { code: '200', name: '港、澳、台商投资企业', nameEn: 'Hong Kong, Macao and Taiwan-invested enterprises', level: 1 },
    { code: '210', name: '合资经营企业（港或澳、台资）', nameEn: 'Equity joint venture (HK/Macao/Taiwan)', parentCode: '200', level: 2 },
    { code: '220', name: '合作经营企业（港或澳、台资）', nameEn: 'Cooperative joint venture (HK/Macao/Taiwan)', parentCode: '200', level: 2 },
    { code: '230', name: '港、澳、台商独资经营企业', nameEn: 'Wholly HK/Macao/Taiwan-owned enterprise', parentCode: '200', level: 2 },
    { code: '240', name: '港、澳、台商投资股份有限公司', nameEn: 'HK/Macao/Taiwan-invested company limited by shares', parentCode: '200', level: 2 },
    { code: '290', name: '其他港、澳、台商投资企业', nameEn: 'Other HK/Macao/Taiwan-invested enterprise', parentCode: '200', level: 2 },

    { code: '300', name: '外商投资企业', nameEn: 'Foreign-invested enterprises', level: 1 },
    { code: '310', name: '中外合资经营企业', nameEn: 'Sino-foreign equity joint venture', parentCode: '300', level: 2 },
    { code: '320', name: '中外合作经营企业', nameEn: 'Sino-foreign cooperative joint venture', parentCode: '300', level: 2 },
    { code: '330', name: '外资企业', nameEn: 'Wholly foreign-owned enterprise', parentCode: '300', level: 2 },
    { code: '340', name: '外商投资股份有限公司', nameEn: 'Foreign-invested company limited by shares', parentCode: '300', level: 2 },
    { code: '390', name: '其他外商投资企业', nameEn: 'Other foreign-invested enterprise', parentCode: '300', level: 2 },
  ],
};
