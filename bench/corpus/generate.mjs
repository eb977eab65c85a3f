#!/usr/bin/env node
// Writes the labelled corpus of listing text (honest.ndjson, evasions.ndjson)
// from the hand-written phrase pools below, with a seeded generator so the
// files are the same on every run: `node bench/corpus/generate.mjs`. The
// files are committed; this script is how they were made and how to extend
// them. Each evasion names its family and the codes it must produce; an
// honest listing must produce no text finding at all (see evaluate.mjs).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
let seed = 20261205;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(rnd() * list.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');

// ------------------------------------------------------------------ honest pools
const GOODS = {
  dresses: {
    names: ['碎花连衣裙', '法式收腰长裙', '纯棉T恤', '亚麻衬衫', '高腰阔腿裤', '针织开衫', '羊毛大衣', '牛仔半身裙', '防晒外套', '真丝睡衣'],
    phrases: [
      '面料：95%棉 5%氨纶', '尺码S/M/L/XL', '身高165cm体重50kg穿M码', '建议手洗，水温不超过30℃', '平铺测量，误差1-3cm属正常',
      '衣长{n2}cm 胸围{n2}cm', '版型宽松，显瘦百搭', '模特身高172cm 穿S码', '执行标准GB/T 2660-2017', '安全类别：GB 18401-2010 B类',
      '货号{model}', '吊牌价{price}元', '颜色：雾霾蓝/奶白/黑色', '175/92A', '160/84A 适合身高160左右', '2025秋冬新款', '第一次洗涤请单独清洗',
      '不起球不掉色', '腰围可调节', '内衬透气', '尺码齐全。网购请参考尺码表', '收到后第一时间检查吊牌', '最好是冷水手洗',
    ],
  },
  snacks: {
    names: ['原味坚果礼盒', '手工牛轧糖', '云南小粒咖啡', '东北五常大米', '低温烘焙燕麦片', '麻辣牛肉干', '冻干草莓脆', '红枣夹核桃', '黑芝麻丸', '川味香肠'],
    phrases: [
      '净含量：{n3}g', '保质期12个月', '生产日期见包装', '配料：燕麦、牛奶、白砂糖', '食品生产许可证编号SC{n14}', '储存条件：阴凉干燥处',
      '每袋{n2}g，共{n1}袋', '产地：云南保山', '开袋后请尽快食用', '能量{n3}kJ/100g', '条码{ean}', '2026年新货', '下单后48小时内发货',
      '第一步：拆开包装；第二步：冲泡', '冷藏口感更佳哦', '执行标准GB/T 22165', '整箱{n2}包', '甜度适中，老人小孩都爱吃', '每日建议食用25g',
    ],
  },
  skincare: {
    names: ['玻尿酸保湿面霜', '氨基酸洗面奶', '防晒乳SPF50+', '修护精华液', '卸妆油', '补水面膜', '润唇膏', '身体乳', '护手霜', '爽肤水'],
    phrases: [
      '国妆备字G{n10}', '规格：{n2}ml', '限期使用日期见瓶身', '适合干性及混合性肌肤', '使用前请做皮肤测试', '质地清爽不黏腻',
      'SPF50+ PA++++', '全成分表见详情图', '开封后12个月内使用', '香型：无香', '第一眼就爱上的包装', '每次取黄豆大小',
      '备案编号：粤G妆网备字{year}{n6}', '条码{ean}', '批号{model}', '温和配方，敏感肌慎用请先试用',
    ],
  },
  mugs: {
    names: ['304不锈钢保温杯', '陶瓷马克杯', '玻璃密封罐', '折叠收纳箱', '实木砧板', '硅胶铲', '电动牙刷', '无线充电器', '桌面台灯', '帆布托特包'],
    phrases: [
      '容量{n3}ml', '尺寸{n2}x{n2}x{n2}cm', '材质：食品级304不锈钢', '型号{model}', '额定功率{n2}W', '输入5V/2A', '电池容量{n4}mAh',
      '颜色随机发货', '包装含说明书×1 保修卡×1', '订单号{order}请保存', '保修期1年', '条码{ean}', 'UPC {upc}', '2026.11.11 零点开售',
      '满199元包邮', '售价{price}元', '重量约{n3}g', '适用于{n1}-{n2}人', '第一次使用前请清洗', '第1次使用前请充满电', '月销过万，能放心购买',
      '尺寸：长{n2}宽{n2}高{n2}', '3C认证编号{n16}',
    ],
  },
};
/** Hong Kong and Taiwan shops write in Traditional characters; none of these is a term once folded. */
const TRADITIONAL = [
  '純棉面料，親膚透氣', '香港門市現貨，順豐到付', '台灣製造，品質有保障', '尺碼請參考下方表格', '第一次購買請先看說明', '收到後第一時間確認商品',
  '歡迎選購，謝謝光臨', '顏色：經典黑／霧灰', '建議冷水手洗，避免曝曬', '產地：台灣台中', '容量{n3}毫升', '保存期限十二個月', '營業時間：週一至週五',
  '本店商品均為正品', '禮盒包裝，適合送禮', '淨重{n3}克', '最好是常溫保存', '單件運費{n2}元', '門市地址：旺角彌敦道{n3}號',
];
const HTML_WRAPS = [
  (t) => `<p>${t}</p>`,
  (t) => `<div class="desc"><span style="color:#333">${t}</span></div>`,
  (t) => `<ul><li>${t.split('，').join('</li><li>')}</li></ul>`,
  (t) => `<p><strong>商品详情</strong></p><p>${t}</p><img src="https://img.example.com/${digits(8)}.jpg" alt="细节图">`,
  (t) => `<table><tr><td>说明</td><td>${t}</td></tr></table>`,
  (t) => `${t}<br/>&nbsp;&nbsp;包装&amp;配件见图`,
];

function fill(template) {
  return template
    .replaceAll('{n1}', () => String(int(2, 9)))
    .replaceAll('{n2}', () => String(int(10, 99)))
    .replaceAll('{n3}', () => String(int(100, 999)))
    .replaceAll('{n4}', () => String(int(1000, 9999)))
    .replaceAll('{n6}', () => digits(6))
    .replaceAll('{n10}', () => digits(10))
    .replaceAll('{n14}', () => digits(14))
    .replaceAll('{n16}', () => digits(16))
    .replaceAll('{year}', () => String(int(2019, 2026)))
    .replaceAll('{price}', () => `${int(19, 899)}.${pick(['00', '90', '99', '50'])}`)
    .replaceAll('{model}', () => `${pick(['AB', 'KX', 'TS', 'M', 'HD', 'YL'])}-${int(100, 9999)}${pick(['', 'A', 'B', '-2', 'Pro'])}`)
    .replaceAll('{ean}', () => `69${digits(11)}`)
    .replaceAll('{upc}', () => `0 ${digits(5)} ${digits(5)} ${int(0, 9)}`)
    .replaceAll('{order}', () => `${int(2024, 2026)}${digits(14)}`);
}

function honest(i) {
  const category = pick(Object.keys(GOODS));
  const goods = GOODS[category];
  const traditional = i % 5 === 0;
  const phrases = Array.from({ length: int(3, 6) }, () => fill(traditional && rnd() < 0.7 ? pick(TRADITIONAL) : pick(goods.phrases)));
  const title = `${traditional ? pick(['【港店】', '【台灣】', '']) : pick(['', '2026新款 ', '包邮 '])}${pick(goods.names)} ${fill(pick(goods.phrases)).slice(0, 16)}`;
  const text = phrases.join('，');
  const description = rnd() < 0.5 ? pick(HTML_WRAPS)(text) : text;
  return { id: `honest-${String(i + 1).padStart(3, '0')}`, category, title, description };
}

// ------------------------------------------------------------------ evasions
/** Terms with their set's code and the category the set applies to, with Traditional forms. */
const TERMS = [
  ['全网最低', '全網最低', 'listing/banned-term'], ['国家级', '國家級', 'listing/banned-term'], ['世界级', '世界級', 'listing/banned-term'],
  ['最高级', '最高級', 'listing/banned-term'], ['销量第一', '銷量第一', 'listing/banned-term'], ['第一品牌', '第一品牌', 'listing/banned-term'],
  ['顶级', '頂級', 'listing/banned-term'], ['极品', '極品', 'listing/banned-term'], ['独一无二', '獨一無二', 'listing/banned-term'],
  ['绝无仅有', '絕無僅有', 'listing/banned-term'], ['万能', '萬能', 'listing/banned-term'], ['史无前例', '史無前例', 'listing/banned-term'],
  ['首选', '首選', 'listing/banned-term'], ['最低价', '最低價', 'listing/banned-term'], ['全网第一', '全網第一', 'listing/banned-term'],
  ['好评返现', '好評返現', 'listing/review-inducement'], ['晒图返现', '曬圖返現', 'listing/review-inducement'], ['好评有礼', '好評有禮', 'listing/review-inducement'],
  ['五星好评送', '五星好評送', 'listing/review-inducement'], ['晒单返现', '曬單返現', 'listing/review-inducement'], ['追评返现', '追評返現', 'listing/review-inducement'],
  ['加微信', '加微信', 'listing/contact-info'], ['私聊微信', '私聊微信', 'listing/contact-info'], ['站外交易', '站外交易', 'listing/contact-info'],
];
const FOOD_CLAIMS = [['减肥', '減肥'], ['增强免疫力', '增強免疫力'], ['排毒', '排毒'], ['抗疲劳', '抗疲勞'], ['改善睡眠', '改善睡眠'], ['调节血脂', '調節血脂'], ['延缓衰老', '延緩衰老']];
const COSMETIC_CLAIMS = [['药妆', '藥妝'], ['祛疤', '祛疤'], ['生发', '生髮'], ['防脱发', '防脫髮'], ['祛痘印', '祛痘印'], ['医学护肤', '醫學護膚']];
const ANY_CLAIMS = [['治疗', '治療'], ['消炎', '消炎'], ['降血糖', '降血糖'], ['根治', '根治'], ['杀菌消炎', '殺菌消炎']];
const CONTEXT = {
  before: ['本店', '新品', '限时', '爆款', '今日', '年货', '', '官方', '直播间', '【热卖】'],
  after: ['，欢迎选购', '！', ' 速抢', '，数量有限', '', '哦', '，支持七天无理由', ' 包邮'],
};
const wrapContext = (text) => `${pick(CONTEXT.before)}${text}${pick(CONTEXT.after)}`;

function termEvasion() {
  const r = rnd();
  if (r < 0.6) {
    const [s, t, code] = pick(TERMS);
    return { simplified: s, traditional: t, code, category: pick(['dresses', 'mugs', 'snacks', 'skincare']) };
  }
  if (r < 0.75) {
    const [s, t] = pick(FOOD_CLAIMS);
    return { simplified: s, traditional: t, code: 'listing/claim', category: 'snacks' };
  }
  if (r < 0.9) {
    const [s, t] = pick(COSMETIC_CLAIMS);
    return { simplified: s, traditional: t, code: 'listing/claim', category: 'skincare' };
  }
  const [s, t] = pick(ANY_CLAIMS);
  return { simplified: s, traditional: t, code: 'listing/claim', category: pick(['dresses', 'mugs', 'snacks']) };
}

const SEPARATORS = [' ', '-', '*', '/', '|', '~', '·', '.', '_', '#', '♥', '★', '🔥', '✨', '👍', '💰', '，', '、', '…', '—', '+', '^', '\\', '♡', '・', '｜', '＊', '○', '→', '【】', '()', '&', '%', '=', '⭐', '❤️', '🉐'];
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2061', '\u2062', '\u2063', '\u2064', '\ufe00', '\ufe0f', '\u034f', '\u180e', '\u3164', '\uffa0', '\u115f', '\u2009', '\u200a', '\u2007', '\u2002', '\u2003', '\u2005', '\u205f', '\u3000', '\t', '\n', '\u00a0'];
const KANGXI = { 一: ['⼀', 'ー', '㇐'], 首: ['⾸'], 高: ['⾼'], 无: ['⽆'], 世: [], 大: ['⼤'], 品: [], 用: ['⽤'], 生: ['⽣'], 长: ['⾧'] };
const LATIN = [
  ['TOP1', ['ТОР1', 'Тор1', 'ＴＯＰ１', '𝐓𝐎𝐏𝟏', 'ⓉⓄⓅ①', 'T0P1', 'TΟP1', 'ᴛᴏᴘ1', 'ｔｏｐ１', '𝕋𝕆ℙ𝟙']],
  ['NO.1', ['ΝΟ.1', 'NО.1', '№1', 'Ｎｏ．１', '𝐍𝐎.𝟏', 'N0.1', 'ⓃⓄ①', 'Νο.1', 'NΟ·1', '𝓝𝓞.1']],
];

function spread(term, sep) {
  return [...term].join(typeof sep === 'function' ? sep() : sep);
}

const FAMILIES = {
  traditional() {
    let t = termEvasion();
    while (t.traditional === t.simplified) t = termEvasion();
    return { category: t.category, text: wrapContext(t.traditional), expect: [t.code] };
  },
  lookalike() {
    if (rnd() < 0.5) {
      const [, forms] = pick(LATIN);
      return { category: pick(['dresses', 'mugs']), text: wrapContext(` ${pick(forms)} `), expect: ['listing/banned-term'] };
    }
    const candidates = [['唯一', 1], ['第一', 1], ['首选', 0], ['首个', 0], ['最高级', 1], ['独一无二', 1], ['第一品牌', 1], ['销量第一', 3], ['全网第一', 3], ['史无前例', 1], ['世界级', 0]];
    const [term] = pick(candidates);
    const chars = [...term].map((ch) => (KANGXI[ch]?.length ? pick(KANGXI[ch]) : ch));
    let text = chars.join('');
    if (text === term) text = term.replace('第一', '第①').replace('首', '⾸').replace('世', '卋');
    if (text === term) text = `${term.slice(0, -1)}${term.at(-1)}\u0301`;
    return { category: pick(['dresses', 'mugs']), text: wrapContext(text), expect: ['listing/banned-term'] };
  },
  separator() {
    if (rnd() < 0.25) {
      const forms = ['NO 1', 'TOP 1', 'N.O.1', 'T-O-P-1', 'No 1', 'NO·1', 'TOP★1', 'N O 1', 'top 1', 'No. 1', 'T O P 1', '第 1', '第-1', '销量第1'];
      return { category: 'mugs', text: wrapContext(` ${pick(forms)} `), expect: ['listing/banned-term'] };
    }
    const t = termEvasion();
    const sep = pick(SEPARATORS);
    const text = sep === '【】' ? [...t.simplified].map((c) => `【${c}】`).join('') : sep === '()' ? [...t.simplified].map((c) => `(${c})`).join('') : spread(t.simplified, sep);
    return { category: t.category, text: wrapContext(text), expect: [t.code] };
  },
  html() {
    const t = termEvasion();
    const chars = [...t.simplified];
    const style = int(0, 5);
    let html;
    if (style === 0) html = chars.map((c, i) => (i % 2 ? `<b>${c}</b>` : c)).join('');
    else if (style === 1) html = chars.map((c) => `<span style="color:red">${c}</span>`).join('');
    else if (style === 2) html = chars.map((c, i) => (i === 1 ? `&#${c.codePointAt(0)};` : c)).join('');
    else if (style === 3) html = chars.map((c, i) => (i % 2 ? `&#x${c.codePointAt(0).toString(16)};` : c)).join('');
    else if (style === 4) html = chars.join('<!-- -->');
    else html = chars.join('&nbsp;');
    return { category: t.category, text: `<p>${pick(CONTEXT.before)}${html}${pick(CONTEXT.after)}</p>`, expect: [t.code] };
  },
  invisible() {
    const t = termEvasion();
    const text = spread(t.simplified, () => pick(INVISIBLES));
    return { category: t.category, text: wrapContext(text), expect: [t.code] };
  },
  phone() {
    const number = `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
    const scripts = [
      (d) => d,
      (d) => String.fromCharCode(0xff10 + Number(d)),
      (d) => (d === '0' ? '⓪' : String.fromCharCode(0x2460 + Number(d) - 1)),
      (d) => (d === '0' ? '⓿' : String.fromCharCode(0x2776 + Number(d) - 1)),
      (d) => String.fromCodePoint(0x1d7ce + Number(d)),
      (d) => String.fromCodePoint(0x1d7d8 + Number(d)),
      (d) => String.fromCharCode(0x0660 + Number(d)),
      (d) => String.fromCharCode(0x06f0 + Number(d)),
      (d) => String.fromCharCode(0x0966 + Number(d)),
      (d) => String.fromCharCode(0x09e6 + Number(d)),
      (d) => '零一二三四五六七八九'[Number(d)],
      (d) => '零壹贰叁肆伍陆柒捌玖'[Number(d)],
      (d) => '〇幺二三四五六七八九'[Number(d)],
      (d) => '零壹貳參肆伍陸柒捌玖'[Number(d)].replace('參', '叁'),
    ];
    const write = pick(scripts);
    const written = [...number].map(write);
    const grouping = int(0, 3);
    const sep = pick([' ', '.', '/', '_', '~', '·', '-', '\u2009', '\u200a', '\u2007', '—', '🔥', ' - ', '\u200b', '・', '|', '*']);
    let body;
    if (grouping === 0) body = `${written.slice(0, 3).join('')}${sep}${written.slice(3, 7).join('')}${sep}${written.slice(7).join('')}`;
    else if (grouping === 1) body = written.join(sep === ' - ' ? ' ' : sep);
    else if (grouping === 2) body = written.join('');
    else body = `${written.slice(0, 3).join('')}${sep}${written.slice(3, 7).join('')}${sep}${written.slice(7).join('')}`;
    const prefix = pick(['', '', '', '+86 ', '0086 ', '0086-', '86 ', '(+86)']);
    const lead = pick(['电话', '手机', '咨询', '热线：', '售后请打', 'Tel:', '订购', '联系', '详询', '']);
    return { category: pick(Object.keys(GOODS)), text: `${pick(['满199包邮，', '', '批发价优，'])}${lead}${prefix}${body}${pick(['', ' 随时联系', '，谢谢'])}`, expect: ['listing/contact-info'] };
  },
  'wechat-qq'() {
    const id = `${pick(['shop', 'mm', 'lily', 'tao', 'xin', 'kk', 'best', 'ab'])}${pick(['_', '', '-'])}${digits(int(4, 6))}`;
    const qq = `${int(1, 9)}${digits(int(5, 9))}`;
    const wechat = [
      `V：${id}`, `v: ${id}`, `VX：${id}`, `vx ${id}`, `wx：${id}`, `微信：${id}`, `威信 ${id}`, `薇信：${id}`, `徽信${id}`, `维信：${id}`, `微.信：${id}`, `微-信 ${id}`,
      `加V ${id}`, `加v：${id}`, `+V：${id}`, `加薇信`, `加威信`, `加微.信`, `加 微 信`, `加微❤信`, `加徽信`, `加vx`, `加wx`, `wechat: ${id}`, `weixin：${id}`,
      `Ｖ：${id}`, `薇：${id}`, `私聊薇信`, `薇信联系`, `微🔥信：${id}`, `加卫信`,
    ];
    const qqs = [
      `QQ：${qq}`, `q q ${qq}`, `Q Q：${qq}`, `扣扣 ${qq}`, `扣：${qq}`, `企鹅：${qq}`, `企鹅号${qq}`, `QQ群：${qq}`, `Q群 ${qq}`, `加Q ${qq}`, `扣扣群：${qq}`,
      `ＱＱ：${qq}`, `qq号：${qq}`, `抠抠：${qq}`, `加我扣扣`, `扣扣联系`, `Q号：${qq}`, `QQ: ${[...qq].map((d) => String.fromCharCode(0x2460 + Number(d) - 1).replace('\u245f', '⓪')).join('')}`,
    ];
    const text = rnd() < 0.6 ? pick(wechat) : pick(qqs);
    return { category: pick(Object.keys(GOODS)), text: `${pick(['售后', '有问题', '批发', '代购', '优惠', ''])}${pick(['', '请', '可'])}${text}${pick(['', ' 备注淘宝', '，发图'])}`, expect: ['listing/contact-info'] };
  },
};

// The red team's findings (apps/checker/test/helpers/evasion-variants.ts):
// kept last, with its honest counterparts, so the rows above stay as they were.
const SQUARED = (text, base) => [...text].map((c) => (/[A-Z]/.test(c) ? String.fromCodePoint(base + c.charCodeAt(0) - 65) : c)).join('');
const RED_TEAM = {
  'red-team'() {
    const id = `${pick(['shop', 'mm', 'lily', 'tao', 'xin', 'kk'])}${digits(int(4, 6))}`;
    const qq = `${int(1, 9)}${digits(int(5, 9))}`;
    const number = `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`;
    const groups = [number.slice(0, 3), number.slice(3, 7), number.slice(7)];
    const inWords = (digitsText, table) => [...digitsText].map((d) => table[Number(d)]).join('');
    const t = termEvasion();
    const forms = [
      () => ({ text: wrapContext(` ${SQUARED(pick(['NO', 'TOP']), pick([0x1f130, 0x1f170, 0x1f150]))}${pick(['.1', '1'])} `), code: 'listing/banned-term' }),
      () => ({ text: wrapContext(spread(t.simplified, pick(['丨', '丶', '™', '℠']))), code: t.code }),
      () => ({ text: `<p>${pick(CONTEXT.before)}</p><img src="d1.jpg" ${pick(['alt', 'title', 'ALT'])}="${t.simplified}">`, code: t.code }),
      () => ({ text: `<input placeholder="${pick(['微信', 'VX', '薇信'])}：${id}">`, code: 'listing/contact-info' }),
      () => ({ text: `${pick(['售后', '联系', '热线'])} ${groups.join(pick(['，', '、', '。', '；']))}`, code: 'listing/contact-info' }),
      () => ({ text: `<p>${pick(['售后', '联系'])}</p><p>${groups.join('</p><p>')}</p>`, code: 'listing/contact-info' }),
      () => ({ text: `${pick(['售后', '电话'])} ${groups.join('<br>')}`, code: 'listing/contact-info' }),
      () => ({ text: `手机 ${inWords(number, pick([['0', '⑴', '⑵', '⑶', '⑷', '⑸', '⑹', '⑺', '⑻', '⑼'], ['〇', '㈠', '㈡', '㈢', '㈣', '㈤', '㈥', '㈦', '㈧', '㈨'], ['〇', '〡', '〢', '〣', '〤', '〥', '〦', '〧', '〨', '〩'], ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'], ['洞', '幺', '两', '三', '四', '五', '六', '拐', '八', '勾']]))}`, code: 'listing/contact-info' }),
      () => ({ text: `售后 ${groups.join('丶')}`, code: 'listing/contact-info' }),
      () => ({ text: pick([`QQ号码：${qq}`, `企鹅 ${qq}`, `扣群 ${qq}`, `蔻蔻：${qq}`]), code: 'listing/contact-info' }),
      () => ({ text: pick([`+V ${id}`, `V❤${id}`, `魏信：${id}`, `绿泡泡 ${id}`, `微信 ID：${id}`, `VX账号：${id}`, `微信搜索 ${id}`, `微信：${id.slice(0, 3)}\u200b${id.slice(3)}`]), code: 'listing/contact-info' }),
    ];
    const { text, code } = pick(forms)();
    return { category: code === 'listing/claim' ? t.category : pick(Object.keys(GOODS)), text, expect: [code] };
  },
};

const honestRows = Array.from({ length: 320 }, (_, i) => honest(i));
const evasionRows = [];
for (const family of Object.keys(FAMILIES)) {
  for (let k = 0; k < 34; k++) {
    const e = FAMILIES[family]();
    const inTitle = rnd() < 0.3 && family !== 'html';
    const title = inTitle ? `${pick(GOODS[e.category].names)} ${e.text}` : pick(GOODS[e.category].names);
    const description = inTitle ? fill(pick(GOODS[e.category].phrases)) : e.text;
    evasionRows.push({ id: `${family}-${String(k + 1).padStart(2, '0')}`, family, category: e.category, title, description, expect: e.expect });
  }
}
for (const family of Object.keys(RED_TEAM)) {
  for (let k = 0; k < 34; k++) {
    const e = RED_TEAM[family]();
    const inTitle = rnd() < 0.3 && !e.text.includes('<');
    const title = inTitle ? `${pick(GOODS[e.category].names)} ${e.text}` : pick(GOODS[e.category].names);
    const description = inTitle ? fill(pick(GOODS[e.category].phrases)) : e.text;
    evasionRows.push({ id: `${family}-${String(k + 1).padStart(2, '0')}`, family, category: e.category, title, description, expect: e.expect });
  }
}
// honest copy with the same characters: bars in titles, number lists, the words the scanner learnt
const RED_TEAM_HONEST = [
  ['dresses', '碎花连衣裙丨法式丨收腰', '尺码：155，160，165，170；腰围 68、72、76'],
  ['dresses', '纯棉T恤丶宽松', '<img src="m.jpg" alt="模特身高168 体重50kg 穿M码"><p>颜色：白色、黑色</p>'],
  ['mugs', '企鹅造型保温杯', '容量 350ml，500ml，750ml；价格：139，159，199'],
  ['mugs', '陶瓷马克杯 蔻蔻色', '<span title="手工上釉">手工上釉</span>，每只略有不同'],
  ['snacks', '手工牛轧糖', '库存：1380、2345、6789 件，按下单顺序发货'],
  ['skincare', '润唇膏 品牌™', '⑴ 清洁 ⑵ 涂抹 ⑶ 按摩；参数见包装'],
  ['mugs', '洞洞鞋 两件套', '拐角防撞，勾边工艺；型号 V-1380，编号 138，1234'],
  ['snacks', '冻干草莓脆 绿泡泡包装', '支持微信支付、支付宝；订单号 2026111113812345678'],
];
RED_TEAM_HONEST.forEach(([category, title, description], k) => honestRows.push({ id: `honest-red-${String(k + 1).padStart(2, '0')}`, category, title, description }));
const write = (file, rows) => writeFileSync(path.join(here, file), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
write('honest.ndjson', honestRows);
write('evasions.ndjson', evasionRows);
console.log(`${honestRows.length} honest listings, ${evasionRows.length} evasions`);
