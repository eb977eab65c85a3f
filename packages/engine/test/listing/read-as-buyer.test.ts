import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, CONTENT, DIGIT_VALUE, GAP, MATCH_FOLD, readAsBuyer, searchForm, SOFT_GAP, termVariants } from '../../src/listing/read-as-buyer.js';
import { demoChecker, textListing } from './_checker.js';

const checker = demoChecker();
const fold = (text: string) => [...text].map((ch) => String.fromCharCode(MATCH_FOLD[ch.charCodeAt(0)]!)).join('');

/** What the checker finds in a description: code, message, and the original characters of each span. */
function found(description: string, field: 'description' | 'title' = 'description'): string[] {
  const findings = checker.check(textListing({ [field]: description }));
  return findings
    .filter((f) => f.pointer === `/${field}` && f.start !== undefined)
    .map((f) => `${f.code.slice('listing/'.length)}:${f.messageId.split('.').pop()} ${JSON.stringify(description.slice(f.start, f.end))}@${f.start}`);
}

describe('read-as-buyer tables', () => {
  it('fold NFKC, case, Traditional to Simplified and look-alike letters, one unit to one', () => {
    expect(fold('全網最低')).toBe('全网最低');
    expect(fold('⾸選')).toBe('首选');
    expect(fold('Тор１')).toBe('top1');
    expect(fold('ΝΟ')).toBe('no');
    expect(fold('唯ー')).toBe('唯一');
  });

  it('class spaces, symbols, emoji halves and invisibles as gaps, and clause punctuation as breaks', () => {
    for (const ch of [' ', '\t', '\n', '\u2009', '\u200a', '\u2007', '\u200b', '\u200e', '\u202e', '\u2066', '\u2061', '\u2064', '\ufe0f', '\u034f', '\u180e', '\u3164', '-', '/', '*', '~', '·', '❤', '\ud83d']) {
      expect([ch.codePointAt(0)!.toString(16), GAP[ch.charCodeAt(0)]]).toEqual([ch.codePointAt(0)!.toString(16), SOFT_GAP]);
    }
    for (const ch of ['。', '，', ',', '！', '？', '；', '、']) expect(GAP[ch.charCodeAt(0)]).toBe(CLAUSE_BREAK);
    for (const ch of ['全', 'a', '1', '①', 'Ж']) expect(GAP[ch.charCodeAt(0)]).toBe(CONTENT);
  });

  it('read digits of every script and form as digits', () => {
    const value = (text: string) => [...text].map((ch) => DIGIT_VALUE[ch.charCodeAt(0)]).join('');
    expect(value('壹贰叁肆伍陆柒捌玖零')).toBe('1234567890');
    // 參 is the Traditional financial 3 (壹貳參), though its Simplified form 参 is no numeral; 貳 and 陸 read as 贰 and 陆
    expect(value('貳參陸')).toBe('236');
    expect(value('⑴⑶⑻㈠㈢㈧〡〣〨')).toBe('138138138');
    expect(value('洞两拐勾')).toBe('0279');
    expect(value('①③⑧❶➀➊⓵⓿')).toBe('1381111' + '0');
    expect(value('١٣٨۱۳۸१३८１３８')).toBe('138138138138');
    expect(value('一三八幺〇')).toBe('13810');
  });

  it('copy only text whose reading changes its length, with the origin of every unit', () => {
    expect(readAsBuyer('纯棉 T恤 ＸＬ', false)).toBeNull();
    const math = readAsBuyer('电话𝟏𝟑𝟖', false)!;
    expect(math.text).toBe('电话138');
    expect([...math.from]).toEqual([0, 1, 2, 4, 6]);
    expect([...math.to]).toEqual([1, 2, 4, 6, 8]);
    const html = readAsBuyer('<p>全<b>网</b>&#26368;低</p><script>微信</script>', true)!;
    expect(html.text.replace('\u2029', '|')).toBe('|全网最低\u2029');
    expect(html.from[3]).toBe(12); // 最 from &#26368;
    expect(html.to[3]).toBe(20);
  });

  it('keeps a term as the automaton stores it, and the ways it is written with digits', () => {
    expect(searchForm('NO.1')).toBe('no1');
    expect(searchForm('全-網 最低')).toBe('全网最低');
    expect(termVariants('第一')).toEqual(['第一', '第1', '第壹']);
    expect(termVariants('top1')).toEqual(['top1', 'topl', 'topi', 't0p1', 't0pl', 't0pi']);
  });
});

describe('evasions are found at the characters the seller wrote', () => {
  it.each([
    // Traditional characters
    ['全網最低 好價', 'banned-term:found "全網最低"@0'],
    ['產品屬於國家級標準', 'banned-term:found "國家級"@4'],
    ['好評返現 送禮品', 'review-inducement:found "好評返現"@0'],
    // Kangxi radicals and look-alike letters
    ['⾸选好物', 'banned-term:found "⾸选"@0'],
    ['唯⼀正品', 'banned-term:found "唯⼀"@0'],
    ['本店Тор1爆款', 'banned-term:found "Тор1"@2'],
    // Emoji, punctuation and symbols between the characters
    ['全网🔥最低', 'banned-term:found "全网🔥最低"@0'],
    ['全-网-最-低', 'banned-term:found "全-网-最-低"@0'],
    ['全，网，最，低', 'banned-term:found "全，网，最，低"@0'],
    ['限时全，网最低价格', 'banned-term:found "全，网最低价"@2'],
    ['口碑：最，好。', 'banned-term:found "最，好"@3'],
    ['全/网/最/低', 'banned-term:found "全/网/最/低"@0'],
    ['爆款 NO 1 连衣裙', 'banned-term:found "NO 1"@3'],
    ['爆款 TOP 1', 'banned-term:found "TOP 1"@3'],
    ['销量第1名', 'banned-term:found "销量第1"@0'],
    ['唯壹正品', 'banned-term:found "唯壹"@0'],
    ['爆款第⓵', 'banned-term:found "第⓵"@2'],
    // HTML
    ['<p>全<b>网</b>最低</p>', 'banned-term:found "全<b>网</b>最低"@3'],
    ['全&#32593;最低', 'banned-term:found "全&#32593;最低"@0'],
    // Invisible characters
    ['全\u200e网\u202e最\u2066低', 'banned-term:found "全\u200e网\u202e最\u2066低"@0'],
    ['全\u2061网\u2062最\u2063低\u2064', 'banned-term:found "全\u2061网\u2062最\u2063低"@0'],
    ['极\ufe0f品', 'banned-term:found "极\ufe0f品"@0'],
    ['全\u034f网\u180e最\u3164低', 'banned-term:found "全\u034f网\u180e最\u3164低"@0'],
    ['全\u2009网\u200a最\u2007低', 'banned-term:found "全\u2009网\u200a最\u2007低"@0'],
    ['全\t网\n最低', 'banned-term:found "全\\t网\\n最低"@0'],
    // Phone numbers
    ['咨询138.1234.5678', 'contact-info:phone "138.1234.5678"@2'],
    ['咨询138/1234/5678', 'contact-info:phone "138/1234/5678"@2'],
    ['咨询138_1234_5678', 'contact-info:phone "138_1234_5678"@2'],
    ['咨询138~1234~5678', 'contact-info:phone "138~1234~5678"@2'],
    ['咨询138·1234·5678', 'contact-info:phone "138·1234·5678"@2'],
    ['咨询138\u20091234\u20095678', 'contact-info:phone "138\u20091234\u20095678"@2'],
    ['咨询壹叁捌壹贰叁肆伍陆柒捌', 'contact-info:phone "壹叁捌壹贰叁肆伍陆柒捌"@2'],
    ['咨询①③⑧①②③④⑤⑥⑦⑧', 'contact-info:phone "①③⑧①②③④⑤⑥⑦⑧"@2'],
    ['咨询𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', 'contact-info:phone "𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖"@2'],
    ['咨询١٣٨١٢٣٤٥٦٧٨', 'contact-info:phone "١٣٨١٢٣٤٥٦٧٨"@2'],
    ['咨询0086 138 1234 5678', 'contact-info:phone "0086 138 1234 5678"@2'],
    ['咨询008613812345678', 'contact-info:phone "008613812345678"@2'],
    // WeChat and QQ
    ['售后 V：shop2024', 'contact-info:wechat "V：shop2024"@3'],
    ['售后请加薇信', 'contact-info:keyword "加薇信"@3'],
    ['售后请加微.信', 'contact-info:keyword "加微.信"@3'],
    ['售后加wei信', 'contact-info:keyword "加wei信"@2'],
    ['售后 q q 12345678', 'contact-info:qq "q q 12345678"@3'],
    ['售后扣：12345678', 'contact-info:qq "扣：12345678"@2'],
    ['售后企鹅：12345678', 'contact-info:qq "企鹅：12345678"@2'],
    ['QQ群：12345678 欢迎', 'contact-info:qq "QQ群：12345678"@0'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('maps a match inside HTML back through tags and entities to its line in the source', () => {
    const description = '<div>\n  <p>新款&nbsp;上市</p>\n  <p>全<span>网</span>&#26368;&#20302;</p>\n</div>';
    const [hit] = checker.check(textListing({ description })).filter((f) => f.code === 'listing/banned-term');
    expect(description.slice(hit!.start, hit!.end)).toBe('全<span>网</span>&#26368;&#20302;');
  });
});

describe('precision: folding creates no false alarms', () => {
  it.each([
    ['allow-listed compounds, in Traditional too', '第一次穿就愛上 第一時間發貨 第一次購買'],
    ['allow-listed compounds written with a digit', '第1次使用请先清洗'],
    ['an ordinal that runs on into more digits', '第12期 第10名'],
    ['sizes, prices, dates', '尺码175/92A 价格199.00元 2026-11-11发货 2026.11.11 20:00'],
    ['order numbers and barcodes', '订单号2026111112345678901 条码6901234567892 UPC 0 36000 29145 2'],
    ['model numbers and standards', '型号GB/T 18401-2010 货号AB-1380-1234 SC11233010600012'],
    ['years and quantities', '2024年新款 2025年秋季 共1380件 138g 1234ml 5678mAh'],
    ['two phrases across a full stop', '本店商品全。网购放心'],
    ['a two-character term across a full stop, glued on both sides', '终极。品质保障'],
    ['a two-character term across a comma, glued on both sides', '月销过万，能放心购买'],
    ['HTML markup around honest text', '<p class="top1">纯棉面料</p><img src="no1.jpg" alt="主图">'],
    ['Latin words that contain a term', 'Stop 1 minute; Piano 1'],
    ['a V-neck and a button count', 'V领设计 纽扣：5颗'],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
