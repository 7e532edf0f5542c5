/**
 * 学历代码 (GB/T 4658-2006), in force since 2006-11-01.
 *
 * Level 1 = education level (…教育), level 2 = completion status (毕业 / 结业 / 肄业).
 * The standard prints the undergraduate/junior-college heading once as "20/30 大学本科/专科
 * 教育". It is shipped here as two level-1 entries with the same official name, "20"
 * (parent of 21–23, 28) and "30" (parent of 31–33), so that coarse legacy values of
 * either code resolve and every sub-code keeps its prefix parent.
 *
 * Codes that do not exist in the 2006 edition (and must not be invented): 50 (技工学校 was
 * a top-level code only in GB 4658-84; since 2006 it is 47–49 under 40), 72, 82.
 * Code 90 is 其他 in 2006 (the 1984 edition used 90 for 文盲或半文盲).
 */
import type { CodeTableSeed } from './types.js';

export const EDUCATION_GB_T_4658_2006: CodeTableSeed = {
  type: 'education',
  edition: 'GB/T 4658-2006',
  standard: 'GB/T 4658-2006 学历代码',
  name: '学历',
  nameEn: 'Educational attainment',
  effectiveFrom: '2006-11-01',
  entries: [
    { code: '10', name: '研究生教育', nameEn: 'Postgraduate education', level: 1 },
    { code: '11', name: '博士研究生毕业', nameEn: 'Doctoral programme, graduated', parentCode: '10', level: 2 },
    { code: '12', name: '博士研究生结业', nameEn: 'Doctoral programme, completed', parentCode: '10', level: 2 },
    { code: '13', name: '博士研究生肄业', nameEn: 'Doctoral programme, not completed', parentCode: '10', level: 2 },
    { code: '14', name: '硕士研究生毕业', nameEn: 'Master programme, graduated', parentCode: '10', level: 2 },
    { code: '15', name: '硕士研究生结业', nameEn: 'Master programme, completed', parentCode: '10', level: 2 },
    { code: '16', name: '硕士研究生肄业', nameEn: 'Master programme, not completed', parentCode: '10', level: 2 },
    { code: '17', name: '研究生班毕业', nameEn: 'Postgraduate class, graduated', parentCode: '10', level: 2 },
    { code: '18', name: '研究生班结业', nameEn: 'Postgraduate class, completed', parentCode: '10', level: 2 },
    { code: '19', name: '研究生班肄业', nameEn: 'Postgraduate class, not completed', parentCode: '10', level: 2 },

    { code: '20', name: '大学本科/专科教育', nameEn: 'Undergraduate education (bachelor level)', level: 1 },
    { code: '21', name: '大学本科毕业', nameEn: 'Bachelor programme, graduated', parentCode: '20', level: 2 },
    { code: '22', name: '大学本科结业', nameEn: 'Bachelor programme, completed', parentCode: '20', level: 2 },
    { code: '23', name: '大学本科肄业', nameEn: 'Bachelor programme, not completed', parentCode: '20', level: 2 },
    { code: '28', name: '大学普通班毕业', nameEn: 'University ordinary class, graduated', parentCode: '20', level: 2 },

    { code: '30', name: '大学本科/专科教育', nameEn: 'Undergraduate education (junior college level)', level: 1 },
    { code: '31', name: '大学专科毕业', nameEn: 'Junior college, graduated', parentCode: '30', level: 2 },
    { code: '32', name: '大学专科结业', nameEn: 'Junior college, completed', parentCode: '30', level: 2 },
    { code: '33', name: '大学专科肄业', nameEn: 'Junior college, not completed', parentCode: '30', level: 2 },

    { code: '40', name: '中等职业教育', nameEn: 'Secondary vocational education', level: 1 },
    { code: '41', name: '中等专科毕业', nameEn: 'Secondary specialised school, graduated', parentCode: '40', level: 2 },
    { code: '42', name: '中等专科结业', nameEn: 'Secondary specialised school, completed', parentCode: '40', level: 2 },
    { code: '43', name: '中等专科肄业', nameEn: 'Secondary specialised school, not completed', parentCode: '40', level: 2 },
    { code: '44', name: '职业高中毕业', nameEn: 'Vocational high school, graduated', parentCode: '40', level: 2 },
    { code: '45', name: '职业高中结业', nameEn: 'Vocational high school, completed', parentCode: '40', level: 2 },
    { code: '46', name: '职业高中肄业', nameEn: 'Vocational high school, not completed', parentCode: '40', level: 2 },
    { code: '47', name: '技工学校毕业', nameEn: 'Technical school, graduated', parentCode: '40', level: 2 },
    { code: '48', name: '技工学校结业', nameEn: 'Technical school, completed', parentCode: '40', level: 2 },
    { code: '49', name: '技工学校肄业', nameEn: 'Technical school, not completed', parentCode: '40', level: 2 },

    { code: '60', name: '普通高级中学教育', nameEn: 'General senior secondary education', level: 1 },
    { code: '61', name: '普通高中毕业', nameEn: 'Senior high school, graduated', parentCode: '60', level: 2 },
    { code: '62', name: '普通高中结业', nameEn: 'Senior high school, completed', parentCode: '60', level: 2 },
    { code: '63', name: '普通高中肄业', nameEn: 'Senior high school, not completed', parentCode: '60', level: 2 },

    { code: '70', name: '初级中学教育', nameEn: 'Junior secondary education', level: 1 },
    { code: '71', name: '初中毕业', nameEn: 'Junior high school, graduated', parentCode: '70', level: 2 },
    { code: '73', name: '初中肄业', nameEn: 'Junior high school, not completed', parentCode: '70', level: 2 },

    { code: '80', name: '小学教育', nameEn: 'Primary education', level: 1 },
    { code: '81', name: '小学毕业', nameEn: 'Primary school, graduated', parentCode: '80', level: 2 },
    { code: '83', name: '小学肄业', nameEn: 'Primary school, not completed', parentCode: '80', level: 2 },

    { code: '90', name: '其他', nameEn: 'Other', level: 1 },
  ],
};
