import type { CompliancePolicySpec } from '@storepolicy/schema';

/**
 * The law as the shipped baseline (`policies/_base/cn-regulations.yaml`)
 * states it: every entry marked `law: true`, with its terms, classes and
 * flags. A store's `extends` may name another `_base` document, but that
 * document must carry at least this much law, or `compliance/no-baseline`
 * refuses it: otherwise a home-made 'baseline' with no sets would switch
 * the advertising law off (issue 9). The baseline file may add to the law;
 * `test/rules/compliance/law-floor.test.ts` fails when the shipped file and
 * this floor disagree, so a change to the law is made in both places.
 */
export const LAW_FLOOR: Required<Pick<CompliancePolicySpec, 'term_sets' | 'required_statements' | 'qualifications' | 'contact_info' | 'reference_price'>> = {
  term_sets: [
    { id: 'ad-law-absolute', check: 'banned-term', law: true, severity: 'error', source: '广告法 第九条第三项（罚则 第五十七条：20万至100万元罚款）', terms: ['国家级', '世界级', '最高级', '最佳', '最好', '最优', '最强', '最低价', '全网最低', '全网第一', '销量第一', '第一品牌', '顶级', '极品', '第一', 'NO.1', 'TOP1', '唯一', '首个', '首选', '史无前例', '独一无二', '绝无仅有', '万能'], allow: ['第一次', '第一时间', '第一步', '第一眼', '最好是', '第一件', '第一代', '首个字母', '首个工作日', '最佳赏味期', '最佳食用期', '最佳饮用期', '最佳食用温度', '最佳饮用温度', '万能胶', '万能表', '唯一码', '唯一识别码', '唯一标识码', '国家级非遗传承人', '国家级非遗代表性传承人', '国家级非物质文化遗产'] },
    { id: 'non-medical-treatment', check: 'claim', law: true, severity: 'error', source: '广告法 第十七条', except_legal_classes: ['medical_device'], terms: ['治疗', '治愈', '根治', '疗效', '消炎', '抗炎', '杀菌消炎', '降血糖', '降血压', '降血脂', '抗癌', '防癌', '药到病除', '处方'] },
    { id: 'food-health-function', check: 'claim', law: true, severity: 'error', source: '食品安全法 第七十三条', legal_classes: ['food', 'fresh'], terms: ['增强免疫力', '提高免疫力', '减肥', '瘦身', '排毒', '抗疲劳', '调节血脂', '改善睡眠', '抗氧化', '延缓衰老', '补肾', '壮阳', '预防疾病'] },
    { id: 'cosmetics-medical', check: 'claim', law: true, severity: 'error', source: '化妆品监督管理条例 第四十三条', legal_classes: ['cosmetics'], terms: ['药妆', '医学护肤', '医用级', '祛疤', '去疤', '生发', '防脱发', '祛痘印', '消除妊娠纹', '治疗痘痘', '无副作用'] },
    { id: 'review-inducement', check: 'review-inducement', law: true, severity: 'error', source: '网络交易监督管理办法 第十四条', terms: ['好评返现', '晒图返现', '五星好评送', '好评送', '好评返', '好评有礼', '晒单返现', '五星好评返', '给好评送', '带图好评返', '好评返红包', '追评返现'] },
    { id: 'off-platform-contact', check: 'contact-info', law: true, severity: 'error', source: '淘宝平台规则 禁止发布站外联系方式；网络交易监督管理办法 第十四条', terms: ['加微信', '加V', '加vx', '加wx', '私聊微信', '微信联系', '微信下单', '扣扣联系', '加我QQ', '站外交易'] },
  ],
  required_statements: [
    { id: 'health-food-statement', law: true, severity: 'error', source: '广告法 第十八条', legal_classes: ['health_food'], statement: '本品不能代替药物', fields: ['description'] },
  ],
  qualifications: [
    { id: 'food-production-licence', law: true, severity: 'error', source: '食品安全法 第三十五条；食品生产许可管理办法 第二十九条', legal_classes: ['food', 'health_food'], any_of: ['sc'] },
    { id: 'health-food-approval', law: true, severity: 'error', source: '保健食品注册与备案管理办法', legal_classes: ['health_food'], any_of: ['health_food'] },
    { id: 'cosmetics-filing', law: true, severity: 'error', source: '化妆品监督管理条例 第十六条、第十七条', legal_classes: ['cosmetics'], any_of: ['cosmetics_filing', 'cosmetics_registration'] },
    { id: 'medical-device-registration', law: true, severity: 'error', source: '医疗器械监督管理条例 第十三条', legal_classes: ['medical_device'], any_of: ['medical_device'] },
  ],
  contact_info: { law: true, severity: 'error', source: '淘宝平台规则 禁止发布站外联系方式', phone: true, wechat: true, qq: true },
  reference_price: { law: true, severity: 'error', source: '明码标价和禁止价格欺诈规定 第十三条、第十九条', enabled: true, require_lowest_price: true },
};
