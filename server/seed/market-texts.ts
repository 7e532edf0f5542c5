// Text fragments the market generators combine into postings and job-seeker profiles. Texts are
// combinations of a bounded set of fragments, so search results differ between keywords while each
// distinct text is segmented only once (see bulk.ts).

/** A kind of job a ceramics city's employers post, with the wording its postings and seekers use. */
export interface JobKind {
  /** Title variants (the first is the plain one). */
  titles: readonly string[];
  /** 2022 occupation classification, medium group. */
  occupation: string;
  /** Monthly wage band, yuan. */
  wage: readonly [number, number];
  /** Duty sentences: a description takes one or two. */
  duties: readonly string[];
  /** Requirement sentences. */
  reqs: readonly string[];
  /** Skills a seeker for this job writes. */
  skills: readonly string[];
  certificates: readonly string[];
  /** Minimum education code (GB/T 4658) or null for 不限. */
  education: string | null;
  /** Industries (GB/T 4754 divisions) whose employers post it. */
  industries: readonly string[];
}

export const JOB_KINDS: readonly JobKind[] = [
  { titles: ['陶瓷成型工', '注浆成型工', '拉坯工'], occupation: '6-09', wage: [3800, 5500], duties: ['负责陶瓷坯体的拉坯、注浆成型和修坯，按工艺要求完成生产任务。', '负责石膏模具的注浆、脱模与坯体修整，保证坯体尺寸和质量。', '按订单要求完成日用瓷成型，做好工序交接记录。'], reqs: ['能适应车间工作环境，有陶瓷行业经验者优先。', '吃苦耐劳，手工细致。'], skills: ['拉坯成型', '注浆成型', '修坯'], certificates: ['陶瓷成型工职业技能等级证书'], education: null, industries: ['30'] },
  { titles: ['陶瓷彩绘师', '青花绘画工', '粉彩画师'], occupation: '6-09', wage: [4500, 8000], duties: ['负责青花、粉彩等釉上釉下彩绘，按图样完成产品装饰。', '负责高端艺术瓷的手绘装饰和图样设计。', '负责贴花、描金与彩绘产品的质量检查。'], reqs: ['有美术基础，熟悉传统陶瓷彩绘技法。', '有作品者优先，可提供样稿。'], skills: ['青花绘画', '粉彩', '描金', '手绘'], certificates: ['陶瓷装饰工职业技能等级证书', '工艺美术师'], education: null, industries: ['30'] },
  { titles: ['窑炉烧成工', '烧窑师傅'], occupation: '6-09', wage: [4200, 6000], duties: ['负责梭式窑、隧道窑的装窑、烧成与温度记录，保证烧成质量。', '负责窑炉日常点检，调整烧成曲线。'], reqs: ['能倒班，责任心强。', '有柴窑或气窑烧成经验者优先。'], skills: ['窑炉烧成', '温度控制', '装窑'], certificates: ['陶瓷烧成工职业技能等级证书'], education: null, industries: ['30'] },
  { titles: ['陶瓷设计师', '产品设计师'], occupation: '2-09', wage: [6000, 11000], duties: ['负责日用瓷和文创产品的造型与花面设计，跟进打样。', '负责新品开发，配合市场部完成产品系列规划。'], reqs: ['美术或设计类专业，熟练使用设计软件。', '有陶瓷产品设计作品集。'], skills: ['产品设计', '造型设计', '设计软件'], certificates: ['工艺美术师'], education: '31', industries: ['30'] },
  { titles: ['质检员', '品质检验员'], occupation: '6-31', wage: [3600, 5000], duties: ['负责原料、半成品和成品的检验，填写检验记录。', '负责出厂产品的抽检和不合格品处理。'], reqs: ['认真细致，有质检经验者优先。', '会使用常用检测工具。'], skills: ['质量检验', '抽样检测'], certificates: ['质量检验员证'], education: '61', industries: ['30', '39', '14', '27'] },
  { titles: ['普工', '生产操作工', '包装工'], occupation: '6-31', wage: [3200, 4500], duties: ['负责生产线操作、产品包装和搬运，服从班组安排。', '负责成品打包、贴标与入库前整理。'], reqs: ['身体健康，能适应倒班。', '吃苦耐劳，服从管理。'], skills: ['流水线操作', '包装'], certificates: [], education: null, industries: ['30', '39', '14', '36'] },
  { titles: ['电商客服', '网店客服'], occupation: '4-01', wage: [3200, 4800], duties: ['负责网店售前售后咨询、订单跟进与客户回访，处理退换货。', '负责直播间订单答疑和售后登记。'], reqs: ['熟练使用电脑，普通话标准。', '打字速度快，有耐心。'], skills: ['客户服务', '电商运营', '打字'], certificates: [], education: '61', industries: ['52', '30'] },
  { titles: ['电商运营', '直播运营'], occupation: '4-01', wage: [4500, 8000], duties: ['负责网店商品上架、活动策划和数据分析，提升店铺销量。', '负责直播选品、排期和直播间运营。'], reqs: ['有电商平台运营经验，熟悉数据分析。', '沟通能力强，有团队意识。'], skills: ['电商运营', '直播带货', '数据分析'], certificates: [], education: '31', industries: ['52', '30'] },
  { titles: ['门店导购', '销售顾问'], occupation: '4-01', wage: [3000, 4500], duties: ['负责瓷器门店商品陈列、顾客接待与销售，完成月度销售目标。', '负责客户接待、产品讲解与会员维护。'], reqs: ['热情开朗，有零售经验优先。', '普通话流利，形象整洁。'], skills: ['销售', '客户接待'], certificates: [], education: '71', industries: ['52', '30'] },
  { titles: ['仓储管理员', '仓管员'], occupation: '4-02', wage: [3500, 4800], duties: ['负责成品入库、出库、盘点和台账登记，配合物流发货。', '负责仓库货位管理和库存数据核对。'], reqs: ['会使用办公软件，做事细致。', '有仓储管理经验者优先。'], skills: ['仓储管理', '库存盘点', '办公软件'], certificates: ['叉车证'], education: '61', industries: ['54', '52', '30'] },
  { titles: ['货车司机', '配送司机'], occupation: '4-02', wage: [5000, 7500], duties: ['负责本地及周边城市的货物配送，保证车辆和货物安全。', '负责门店和客户之间的送货及回单交接。'], reqs: ['持B2及以上驾驶证，三年以上驾龄。', '熟悉本地路线，无不良驾驶记录。'], skills: ['驾驶', '货物配送'], certificates: ['B2驾驶证', 'A2驾驶证'], education: null, industries: ['54', '52'] },
  { titles: ['快递员', '外卖骑手'], occupation: '4-02', wage: [4500, 8000], duties: ['负责片区快件的揽收和派送，做好签收记录。', '负责订单配送，按时送达。'], reqs: ['能吃苦，熟悉本地道路。', '有电动车，会使用智能手机。'], skills: ['快递派送', '电动车驾驶'], certificates: [], education: null, industries: ['54'] },
  { titles: ['叉车工', '叉车司机'], occupation: '6-30', wage: [4500, 6000], duties: ['负责仓库和车间物料的叉车搬运、装卸。', '负责叉车日常保养和安全检查。'], reqs: ['持叉车操作证。', '有工厂叉车经验者优先。'], skills: ['叉车操作'], certificates: ['叉车证'], education: null, industries: ['54', '30', '36'] },
  { titles: ['厨师', '中餐厨师', '面点师'], occupation: '4-03', wage: [4000, 6500], duties: ['负责酒店中餐热菜制作，按标准出品，做好后厨卫生。', '负责面点、早餐的制作和食材准备。'], reqs: ['有中式烹调师证书优先。', '持健康证。'], skills: ['中式烹调', '面点制作'], certificates: ['中式烹调师证', '健康证'], education: null, industries: ['62'] },
  { titles: ['餐厅服务员', '传菜员', '收银员'], occupation: '4-03', wage: [2800, 3800], duties: ['负责餐厅点餐、传菜和餐前餐后整理，为顾客提供服务。', '负责前台收银、对账和顾客接待。'], reqs: ['工作认真，服从安排。', '持健康证，能适应轮班。'], skills: ['餐厅服务', '收银'], certificates: ['健康证'], education: null, industries: ['62'] },
  { titles: ['酒店前台', '客房服务员'], occupation: '4-03', wage: [3000, 4200], duties: ['负责酒店入住登记、退房结账和宾客咨询。', '负责客房清洁整理和布草更换。'], reqs: ['形象整洁，服务意识强。', '能适应倒班。'], skills: ['前台接待', '客房服务'], certificates: [], education: '61', industries: ['62'] },
  { titles: ['软件开发工程师', 'Java开发工程师', '前端开发工程师'], occupation: '2-02', wage: [7000, 14000], duties: ['负责企业管理系统的需求分析、开发与维护，编写技术文档。', '负责Web前端页面开发和接口联调。', '负责后端服务设计、数据库优化和系统部署。'], reqs: ['熟悉Java或TypeScript，本科及以上学历。', '有两年以上开发经验，熟悉数据库。'], skills: ['Java', 'TypeScript', '数据库', '前端开发'], certificates: ['软件设计师'], education: '21', industries: ['65'] },
  { titles: ['网络管理员', '运维工程师'], occupation: '4-04', wage: [5000, 8000], duties: ['负责公司网络、服务器和办公设备的维护。', '负责系统监控、备份与故障处理。'], reqs: ['熟悉Linux和网络设备配置。', '计算机相关专业。'], skills: ['网络维护', 'Linux', '服务器运维'], certificates: ['网络工程师'], education: '31', industries: ['65'] },
  { titles: ['会计', '出纳', '财务助理'], occupation: '2-06', wage: [4500, 7000], duties: ['负责日常账务处理、纳税申报和财务报表编制。', '负责现金、银行收付和票据管理。'], reqs: ['持初级会计职称，熟悉财务软件。', '财会相关专业，工作细致。'], skills: ['会计核算', '纳税申报', '财务软件'], certificates: ['初级会计职称', '中级会计职称'], education: '31', industries: ['30', '52', '47', '14'] },
  { titles: ['行政文员', '人事专员', '办公室文员'], occupation: '3-01', wage: [3200, 5000], duties: ['负责文件收发、会议记录和办公用品管理。', '负责员工招聘、入职手续和考勤统计。'], reqs: ['熟练使用办公软件，文字表达能力好。', '有人事行政经验者优先。'], skills: ['办公软件', '文档管理', '招聘'], certificates: ['人力资源管理师'], education: '31', industries: ['30', '52', '47', '65', '27'] },
  { titles: ['电工', '维修电工'], occupation: '6-31', wage: [4500, 6500], duties: ['负责厂区供配电设备的巡检、维护和故障处理。', '负责车间设备电气线路的安装与检修。'], reqs: ['持低压电工作业证。', '有高压电工证者优先。'], skills: ['电气维修', '低压电工', '设备安装'], certificates: ['低压电工作业证', '高压电工作业证'], education: null, industries: ['30', '36', '39', '47'] },
  { titles: ['机修工', '设备维修工'], occupation: '6-31', wage: [4800, 7000], duties: ['负责生产设备的日常保养、维修和技术改造。', '负责机械设备故障诊断和零部件更换。'], reqs: ['有机械维修经验，能看懂设备图纸。', '会使用常用维修工具。'], skills: ['机械维修', '设备保养', '识图'], certificates: ['钳工证'], education: null, industries: ['30', '36', '14'] },
  { titles: ['数控车工', '数控操作工'], occupation: '6-18', wage: [5000, 7500], duties: ['负责数控车床的编程、调试和零件加工。', '负责首件检验和加工程序优化。'], reqs: ['能看懂零件图，有数控加工经验。', '持车工证者优先。'], skills: ['数控编程', '车床操作'], certificates: ['数控车工证'], education: '47', industries: ['36'] },
  { titles: ['焊工', '电焊工'], occupation: '6-18', wage: [5500, 8000], duties: ['负责钢结构和设备零件的焊接、打磨。', '负责二氧化碳保护焊和氩弧焊作业。'], reqs: ['持焊工作业证。', '有两年以上焊接经验。'], skills: ['电焊', '氩弧焊'], certificates: ['焊工作业证'], education: null, industries: ['36', '47'] },
  { titles: ['电子装配工', 'SMT操作员'], occupation: '6-25', wage: [3800, 5200], duties: ['负责电子元器件的插件、焊接和整机装配。', '负责贴片机上料、巡检和产品检验。'], reqs: ['视力良好，能适应无尘车间。', '有电子厂经验者优先。'], skills: ['电子装配', '焊接', 'SMT'], certificates: [], education: '71', industries: ['39'] },
  { titles: ['建筑施工员', '施工员'], occupation: '2-02', wage: [5500, 9000], duties: ['负责工地施工进度、质量和安全管理。', '负责施工图纸会审和技术交底。'], reqs: ['土木工程相关专业，持施工员证。', '有三年以上现场经验。'], skills: ['施工管理', '识图', '工程测量'], certificates: ['施工员证', '二级建造师'], education: '31', industries: ['47'] },
  { titles: ['钢筋工', '木工', '泥瓦工'], occupation: '6-29', wage: [6000, 9000], duties: ['负责工地钢筋绑扎和模板安装。', '负责室内外墙面砌筑、抹灰和贴砖。'], reqs: ['有建筑工地经验。', '身体健康，能适应户外作业。'], skills: ['钢筋绑扎', '砌筑', '贴砖'], certificates: [], education: null, industries: ['47'] },
  { titles: ['家政服务员', '育婴员', '养老护理员'], occupation: '4-10', wage: [3500, 6500], duties: ['负责家庭保洁、烹饪和老人日常照料。', '负责婴幼儿生活照料和辅食制作。', '负责养老机构老人的生活护理和康复协助。'], reqs: ['身体健康，有家政服务经验优先。', '持健康证，有爱心和耐心。'], skills: ['家政服务', '育婴', '老人护理'], certificates: ['育婴员证', '养老护理员证', '健康证'], education: null, industries: ['80'] },
  { titles: ['保安员', '门卫'], occupation: '3-02', wage: [2800, 3800], duties: ['负责小区或厂区的门岗值守、巡逻和来访登记。', '负责监控室值班和消防设施巡查。'], reqs: ['身体健康，责任心强。', '持保安员证者优先。'], skills: ['安全巡逻', '监控值守'], certificates: ['保安员证'], education: null, industries: ['80', '30', '47'] },
  { titles: ['保洁员', '物业保洁'], occupation: '4-10', wage: [2600, 3300], duties: ['负责写字楼或小区公共区域的清洁和垃圾清运。', '负责厂区办公区的日常保洁。'], reqs: ['身体健康，做事认真。', '能吃苦耐劳。'], skills: ['保洁'], certificates: [], education: null, industries: ['80'] },
  { titles: ['药品营业员', '药剂员'], occupation: '4-01', wage: [3200, 4800], duties: ['负责药店药品销售、陈列和用药咨询。', '负责处方审核与药品养护记录。'], reqs: ['药学相关专业，持药师证者优先。', '熟悉常用药品。'], skills: ['药品销售', '用药咨询'], certificates: ['执业药师'], education: '41', industries: ['27', '52'] },
  { titles: ['制剂操作工', '药品生产工'], occupation: '6-12', wage: [4000, 5800], duties: ['负责药品制剂生产设备操作和生产记录填写。', '负责洁净区清场、物料称量和配料。'], reqs: ['能适应洁净车间，按GMP规范操作。', '有制药企业经验者优先。'], skills: ['制剂生产', 'GMP'], certificates: [], education: '61', industries: ['27'] },
  { titles: ['食品加工工', '烘焙师'], occupation: '6-02', wage: [3500, 5200], duties: ['负责食品生产线的配料、加工和包装。', '负责面包、糕点的制作与新品研发。'], reqs: ['持健康证。', '有食品厂或烘焙经验者优先。'], skills: ['食品加工', '烘焙'], certificates: ['健康证', '西式面点师证'], education: null, industries: ['14', '62'] },
  { titles: ['汽车维修工', '汽修学徒'], occupation: '4-12', wage: [4000, 7000], duties: ['负责汽车的保养、故障诊断和维修。', '负责车辆钣金、喷漆和轮胎更换。'], reqs: ['有汽修经验者优先，可带学徒。', '持汽车维修工证者优先。'], skills: ['汽车维修', '故障诊断'], certificates: ['汽车维修工证'], education: null, industries: ['36', '52'] },
  { titles: ['幼儿教师', '培训讲师'], occupation: '2-08', wage: [4000, 6500], duties: ['负责幼儿园班级保教工作和家园沟通。', '负责职业技能培训课程的讲授和学员辅导。'], reqs: ['持教师资格证。', '普通话二级甲等以上。'], skills: ['教学', '课程设计'], certificates: ['教师资格证'], education: '31', industries: ['80'] },
];

/** Sentences an employer adds about itself or the job (one or none per description). */
export const EMPLOYER_NOTES = [
  '公司位于市区，交通便利。',
  '企业发展稳定，提供技能培训和晋升通道。',
  '新厂区环境整洁，设备先进。',
  '本单位为本市重点扶持企业。',
  '工作地点在陶瓷工业园区，有班车接送。',
  '长期招聘，欢迎应届毕业生和退役军人。',
  '岗位稳定，多劳多得。',
  '团队年轻，氛围融洽。',
];

/** Benefits a posting lists (two to four). */
export const BENEFITS = ['五险一金', '包吃包住', '包午餐', '周末双休', '带薪年假', '节日福利', '年终奖', '全勤奖', '绩效奖金', '免费体检', '交通补贴', '住房补贴'];

export const WORKING_HOURS = ['8:00-17:30，周末双休', '两班倒，每班8小时', '做六休一，每天8小时', '9:00-18:00，单休', '三班倒，月休4天', '弹性工作时间'];

/** What seekers write about themselves. */
export const SEEKER_INTROS = [
  '工作踏实认真，能吃苦耐劳。',
  '希望找一份稳定的工作，离家近优先。',
  '有多年相关工作经验，服从安排。',
  '学习能力强，愿意从学徒做起。',
  '性格开朗，善于沟通，有团队精神。',
  '可以接受倒班和加班。',
  '希望有技能培训和发展机会。',
  '身体健康，责任心强。',
];

/**
 * Discriminatory wording (drafts the pre-review stops, postings it sends to closer review); the
 * pre-review's own rules find them. Kept rare.
 */
export const BLOCKED_WORDING = ['限男性，身高170cm以上。', '未婚，乙肝携带者勿扰。', '限本地户口，外地人勿扰。'];
export const REVIEW_WORDING = ['35岁以下，形象气质佳。', '年龄18-35周岁，身体健全。', '45岁以下，五官端正。'];

/** Education codes a posting may ask for, from the lowest. */
export const EDUCATION_ORDER = ['81', '71', '61', '47', '44', '41', '31', '21', '14', '11'];
