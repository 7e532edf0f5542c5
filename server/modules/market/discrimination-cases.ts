import type { DiscriminationCategory, Severity } from './discrimination.js';

/**
 * The test set of the discrimination filter, as data so the unit tests and a later API test of
 * posting submission use the same sentences. Written like real postings, not bare keywords.
 */

/** A sentence that must be flagged: at least one finding with this category, severity and phrase. */
export interface DiscriminatoryCase {
  text: string;
  category: DiscriminationCategory;
  severity: Severity;
  /** The phrase the employer is shown, exactly as written in `text`. */
  phrase: string;
}

const c = (text: string, category: DiscriminationCategory, severity: Severity, phrase: string): DiscriminatoryCase =>
  ({ text, category, severity, phrase });

export const DISCRIMINATORY_CASES: readonly DiscriminatoryCase[] = [
  // sex
  c('招聘仓库管理员2名，男性优先，能适应倒班。', 'sex', 'block', '男性优先'),
  c('岗位要求：限男性，持C1驾照，吃苦耐劳。', 'sex', 'block', '限男性'),
  c('前台接待，仅限女性，普通话标准。', 'sex', 'block', '仅限女性'),
  c('招聘文员若干，女士优先，会使用办公软件。', 'sex', 'block', '女士优先'),
  c('本店只招男，包吃包住，月休四天。', 'sex', 'block', '只招男'),
  c('只招女生，工作轻松，环境好。', 'sex', 'block', '只招女生'),
  c('装卸工，女性勿扰，工资日结。', 'sex', 'block', '女性勿扰'),
  c('性别：男；年龄不限；学历：初中以上。', 'sex', 'block', '性别：男'),
  c('招聘保安，男 性 优 先，退伍军人可放宽条件。', 'sex', 'block', '男 性 优 先'),
  c('本岗位不招女性，需经常出差。', 'sex', 'block', '不招女性'),
  c('本厂不招收女性，夜班较多。', 'sex', 'block', '不招收女性'),
  c('任职要求：男，持叉车证，能适应夜班。', 'sex', 'review', '男'),
  c('要求：女性，普通话标准。', 'sex', 'block', '要求：女性'),
  // marriage and childbirth
  c('行政助理：未婚，本科以上学历，有相关工作经验。', 'marriage_childbirth', 'block', '未婚'),
  c('财务会计，已婚已育优先，稳定性好。', 'marriage_childbirth', 'block', '已婚已育优先'),
  c('入职体检包括孕检，体检费用由公司承担。', 'marriage_childbirth', 'block', '孕检'),
  c('录用前须进行妊娠检查。', 'marriage_childbirth', 'block', '妊娠检查'),
  c('签订合同需承诺三年内不得生育。', 'marriage_childbirth', 'block', '三年内不得生育'),
  c('入职后2年内不能怀孕，否则视为自动离职。', 'marriage_childbirth', 'block', '2年内不能怀孕'),
  c('孕妇勿扰，岗位需长期站立。', 'marriage_childbirth', 'block', '孕妇勿扰'),
  c('近期有生育计划者勿扰。', 'marriage_childbirth', 'block', '近期有生育计划者勿扰'),
  c('婚否：已婚，本地有稳定住所。', 'marriage_childbirth', 'block', '婚否：已婚'),
  c('兼职客服，宝妈优先，可居家办公。', 'marriage_childbirth', 'review', '宝妈优先'),
  // ethnicity, race, religion
  c('招聘厨师，限汉族，有五年以上经验。', 'ethnicity_religion', 'block', '限汉族'),
  c('少数民族勿扰，公司提供集体宿舍。', 'ethnicity_religion', 'block', '少数民族勿扰'),
  c('门店营业员，信教者勿扰。', 'ethnicity_religion', 'block', '信教者勿扰'),
  c('民族：汉族，年龄二十至四十岁。', 'ethnicity_religion', 'block', '民族：汉族'),
  c('应聘条件：汉族，高中以上学历。', 'ethnicity_religion', 'review', '汉族'),
  c('新疆籍人员勿扰，工作地点在本市。', 'ethnicity_religion', 'block', '新疆籍人员勿扰'),
  c('要求无宗教信仰，服从工作安排。', 'ethnicity_religion', 'block', '要求无宗教信仰'),
  // hepatitis B
  c('食品厂普工，乙肝携带者勿扰。', 'health_hbv', 'block', '乙肝携带者勿扰'),
  c('入职体检需查乙肝两对半。', 'health_hbv', 'block', '乙肝'),
  c('体检不合格（大三阳、小三阳）者不予录用。', 'health_hbv', 'block', '大三阳'),
  c('体检项目含 HBsAg，阳性者不予录用。', 'health_hbv', 'block', 'HBsAg'),
  c('澳抗阳性者请勿应聘。', 'health_hbv', 'block', '澳抗阳性者请勿应聘'),
  c('化验员，澳抗检查异常者不予考虑。', 'health_hbv', 'block', '澳抗'),
  c('入职须提供两对半检查报告。', 'health_hbv', 'block', '两对半'),
  c('录用前须完成入职体检（含乙肝检测）。', 'health_hbv', 'block', '乙肝'),
  c('入职需配合完成孕检。', 'marriage_childbirth', 'block', '孕检'),
  c('ＨＢｓＡｇ阳性勿扰，请知悉。', 'health_hbv', 'block', 'ＨＢｓＡｇ阳性勿扰'),
  // household registration and origin
  c('社区网格员，限本地户口，高中以上学历。', 'household_origin', 'block', '限本地户口'),
  c('要求本市户籍，有本市社保缴纳记录。', 'household_origin', 'block', '要求本市户籍'),
  c('建筑工地招小工，不招农村户口。', 'household_origin', 'block', '不招农村户口'),
  c('外地人勿扰，只要本地人。', 'household_origin', 'block', '外地人勿扰'),
  c('农村户口勿扰，需有城镇社保。', 'household_origin', 'block', '农村户口勿扰'),
  c('河南籍勿扰，工资面议。', 'household_origin', 'block', '河南籍勿扰'),
  c('北京户口优先，提供六险一金。', 'household_origin', 'block', '北京户口优先'),
  // disability
  c('收银员，残疾人勿扰，需站立工作。', 'disability', 'block', '残疾人勿扰'),
  c('要求身体健全，能吃苦耐劳。', 'disability', 'review', '身体健全'),
  c('五官端正，普通话标准，有亲和力。', 'disability', 'review', '五官端正'),
  // age
  c('招聘销售代表，年龄35岁以下，大专以上学历。', 'age', 'review', '35岁以下'),
  c('年龄18-35周岁，身体健康。', 'age', 'review', '年龄18-35周岁'),
  c('装卸工，四十五岁以上勿扰。', 'age', 'review', '四十五岁以上勿扰'),
  c('民族：汉族，年龄二十至四十岁。', 'age', 'review', '年龄二十至四十岁'),
  c('年龄不超过40岁，能适应夜班。', 'age', 'review', '年龄不超过40岁'),
  c('90后优先，团队氛围年轻。', 'age', 'review', '90后优先'),
  // height and appearance
  c('礼仪接待，身高165cm以上，形象气质佳。', 'appearance', 'review', '身高165cm以上'),
  c('礼仪接待，身高165cm以上，形象气质佳。', 'appearance', 'review', '形象气质佳'),
  c('空乘方向实习生，身高 1.65 米以上。', 'appearance', 'review', '身高 1.65 米以上'),
  c('模特，体重50公斤以下，长相甜美。', 'appearance', 'review', '体重50公斤以下'),
  c('导购员：相貌端正，沟通能力强。', 'appearance', 'review', '相貌端正'),
];

/** Sentences that must produce no finding at all: the words look like the rules but are innocent. */
export const INNOCENT_CASES: readonly string[] = [
  // sex-looking words that name products, services or departments
  '招聘男装导购3名，负责店内陈列与顾客接待。',
  '女装店店长，有服装零售管理经验者优先。',
  '男鞋专柜营业员，熟悉鞋类保养知识。',
  '男士理发师，会剪各类男士发型，有二年以上经验。',
  '男科医生，具有执业医师资格证，有泌尿外科经验者优先。',
  '医院男性科招聘护士一名，持护士执业证书。',
  '女性用品专柜导购，负责商品陈列、库存盘点。',
  '妇产科护士，持证上岗，能适应倒班。',
  '孕妇装导购，熟悉孕产期服饰搭配。',
  '招聘普工20名，男女不限，包吃住。',
  '性别不限，学历不限，有驾照者优先。',
  '客服专员，不限男女，会普通话即可。',
  '服务对象：女性，主要为产后恢复客户。',
  '负责男、女装陈列，男性、女性均可报名。',
  '招聘餐厅服务员，性别：男，女均可。',
  '街道妇联专干，负责4050妇女优先推荐就业工作。',
  '浴场男宾部服务员，负责更衣室整理。',
  '童装店营业员，熟悉男童装、女童装尺码。',
  // marriage and childbirth words in other senses
  '母婴护理师（月嫂），持母婴护理证书，有育婴经验者优先。',
  '社工，开展未婚先孕青少年心理援助项目。',
  '婚介红娘，为未婚男女提供婚恋咨询服务。',
  '妇幼保健院孕检门诊导诊员，负责引导孕妇就诊。',
  '公司为已婚员工提供探亲假，为员工缴纳生育保险。',
  '工作三年内晋升主管，五年内可获得股权激励。',
  '试用期三个月，一年内完成岗位技能培训。',
  '计划生育专干，负责辖区人口统计工作。',
  // ethnicity and language
  '汉语教师，教授外国留学生汉语，持国际中文教师证书。',
  '汉语言文学专业毕业，擅长公文写作。',
  '舞蹈老师，能教授汉族舞、民族舞。',
  '维汉翻译，精通维吾尔语和汉语。',
  '民族舞老师，有少儿舞蹈教学经验。',
  '少数民族语言翻译，熟练掌握藏语。',
  '欢迎少数民族同胞报名，公司提供清真食堂。',
  // hepatitis B in medical and laboratory work
  '乙肝疫苗接种护士，持护士执业证，有预防接种工作经验。',
  '疾控中心招聘乙肝防治项目专员。',
  '医疗器械销售，负责乙肝检测试剂在本省的推广。',
  '检验科技师，熟悉乙肝两对半、肝功能等项目的检测操作。',
  '研发工程师，从事HBsAg诊断试剂的研究开发。',
  '药店店员，熟悉乙肝、糖尿病等常见病用药。',
  '肝病科护士，护理乙肝、丙肝患者。',
  '体检中心护士，负责乙肝五项等项目采血。',
  // household and origin words in other senses
  '本地生活服务平台运营，熟悉本地商户者优先。',
  '农村电商运营专员，负责农产品网上销售。',
  '农村信用社柜员，会计或金融专业。',
  '需经常到外地出差，出差补贴另计。',
  '公司可协助办理本市户口，提供人才公寓。',
  '户籍窗口辅助人员，熟悉本地户籍政策，协助群众办理落户。',
  '外来务工人员子女可就近入学，公司协助办理。',
  // disability, height, weight
  '残疾人辅具维修技师，有机械维修经验。',
  '残疾人优先，公司已建无障碍设施。',
  '仓库管理员，负责身高体重秤等计量器具的入库管理。',
  '营养师，为客户提供体重管理方案。',
  '品牌策划，负责维护企业形象，提升品牌形象好感度。',
  '形象设计师，熟悉服装搭配与化妆造型。',
  // age of customers, pupils and patients
  '幼儿园保育员，照看3-6岁儿童的日常生活。',
  '少儿编程老师，教授12岁以下儿童图形化编程。',
  '养老护理员，服务60岁以上老人，持养老护理员证。',
  '儿科护士，护理14岁以下患儿，持护士执业证。',
  '创业贷款专员，为35岁以下青年创业者提供咨询。',
  '工作时间9:00-18:00，年终奖3-6个月工资。',
  '身体健康，能适应倒班，持有效健康证。',
  '学历不要求，男女不要求，35岁不要求工作经验。',
  '残疾人参加技能培训不收费，结业后推荐就业。',
  '公司不收取农民工任何押金和费用。',
];
