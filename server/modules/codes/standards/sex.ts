/**
 * 人的性别代码 (GB/T 2261.1-2003, 个人基本信息分类与代码 第1部分), in force since 2003-12-01.
 * Includes codes 5 and 6 defined by the standard for a change of sex.
 */
import type { CodeTableSeed } from './types.js';

export const SEX_GB_T_2261_1_2003: CodeTableSeed = {
  type: 'sex',
  edition: 'GB/T 2261.1-2003',
  standard: 'GB/T 2261.1-2003 个人基本信息分类与代码 第1部分：人的性别代码',
  name: '性别',
  nameEn: 'Sex',
  effectiveFrom: '2003-12-01',
  entries: [
    { code: '0', name: '未知的性别', nameEn: 'Unknown', level: 1 },
    { code: '1', name: '男性', nameEn: 'Male', level: 1 },
    { code: '2', name: '女性', nameEn: 'Female', level: 1 },
    { code: '5', name: '女性改（变）为男性', nameEn: 'Female changed to male', level: 1 },
    { code: '6', name: '男性改（变）为女性', nameEn: 'Male changed to female', level: 1 },
    { code: '9', name: '未说明的性别', nameEn: 'Not stated', level: 1 },
  ],
};
