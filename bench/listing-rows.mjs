// The generated catalogues of bench/listing.mjs (short ~250-byte and long
// ~700-byte rows; spam, evasions and damaged rows a realistic minority),
// also used by apps/checker/test/listing/bench-rows.test.ts to hold the
// checker's output on them.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { random } from './random.mjs';

// ---------------------------------------------------------------- generator

const STYLES = ['法式复古', '韩版宽松', '高腰显瘦', '碎花', '纯色简约', '气质通勤', '文艺森系', '小个子', '百搭', '新中式'];
const ITEMS = [
  ['dresses', '连衣裙'],
  ['dresses', '半身裙'],
  ['tops', '衬衫'],
  ['tops', '针织开衫'],
  ['tops', '纯棉T恤'],
  ['accessories', '真丝发圈'],
  ['accessories', '帆布托特包'],
];
const FABRICS = ['棉', '涤纶', '真丝', '亚麻', '羊毛', '莫代尔'];
const PLACES = ['浙江杭州', '广东广州', '江苏苏州', '福建泉州'];
const SPAM = [
  (t) => `${t} 全网最低价`,
  (t) => `顶级面料 ${t}`,
  (t, r) => `${t} 加V：shop${Math.floor(r() * 9000 + 1000)}`,
  (t) => `${t} NO.1爆款`,
  (t) => `${t} 国家级工艺`,
  // written to get past a naive filter (SPEC section 10): the normaliser's slow paths
  (t) => `${t} 全網最低`,
  (t) => `全-网-最-低 ${t}`,
  (t, r) => `${t} 加薇信 sp${Math.floor(r() * 9000 + 1000)}`,
  (t) => `${t} 扣扣 壹叁捌壹贰叁肆伍陆柒捌`,
];
const DESCRIPTIONS = [
  '面料柔软亲肤，版型修身，实拍图无滤镜。尺码S-XL，模特身高165cm体重48kg穿M码。建议冷水手洗，勿暴晒。',
  '第一次下水会有轻微浮色，属正常现象。领口做了包边处理，不易变形。到手后如有问题请联系在线客服。',
  '采用双层内衬，不透不起球。腰部有隐形拉链，穿脱方便。颜色以实物为准，不同显示器略有色差。',
  '春秋季单穿，冬季可作内搭。袖口收紧设计，日常通勤或周末出游都合适。支持七天无理由退换。',
];
const SPAM_DESCRIPTIONS = [
  '好评返现5元，晒图再送小礼品！有问题加微信 vx: dress2026 私聊更优惠。',
  '本店销量第一，联系电话13812345678，下单备注送运费险。',
  '五星好评送优惠券，全网最好的品质，史无前例的低价。',
  '<p>好評返現 <b>5</b> 元</p><p>全<b>网</b>最&#20302;价，V：shop2026</p>',
];

function listing(i, rand) {
  const [category, item] = ITEMS[Math.floor(rand() * ITEMS.length)];
  const style = STYLES[Math.floor(rand() * STYLES.length)];
  let title = `2026秋季新款${style}${item} ${FABRICS[Math.floor(rand() * FABRICS.length)]}`;
  const roll = rand();
  if (roll < 0.06) title = SPAM[Math.floor(rand() * SPAM.length)](title, rand);
  const price = 39 + Math.floor(rand() * 460);
  const spec = {
    sku: `BK-${String(i).padStart(7, '0')}`,
    title,
    category,
    price,
    description: rand() < 0.04 ? SPAM_DESCRIPTIONS[Math.floor(rand() * SPAM_DESCRIPTIONS.length)] : DESCRIPTIONS[Math.floor(rand() * DESCRIPTIONS.length)],
    attributes: { 材质: FABRICS[Math.floor(rand() * FABRICS.length)], 产地: PLACES[Math.floor(rand() * PLACES.length)] },
    // the demo store asks for 5 images; one listing in 20 has fewer, one in 20 a staged main image
    images: ['main', 'back', 'detail', 'model', 'flat'].slice(0, rand() < 0.05 ? 2 : 5).map((name, k) => ({
      url: `https://img.example.com/${i}/${name}.jpg`,
      real_shot: k > 0 || rand() > 0.05,
    })),
    ship_within_hours: rand() < 0.03 ? 72 : 24,
    after_sales: { seven_day_return: 'yes' },
  };
  if (category !== 'accessories') spec.size_chart = rand() > 0.03;
  if (rand() < 0.2) {
    spec.lowest_price_7d = price;
    spec.reference_price = rand() < 0.15 ? price * 3 : price;
  }
  if (rand() < 0.01) spec.inserts = ['售后服务卡', rand() < 0.5 ? '好评返现卡' : '感谢信'];
  return spec;
}

/** ~250 bytes: a title, a category, a price and the three images the store asks for. */
function shortListing(i, rand) {
  const [category, item] = ITEMS[Math.floor(rand() * ITEMS.length)];
  const style = STYLES[Math.floor(rand() * STYLES.length)];
  let title = `2026秋季新款${style}${item} ${FABRICS[Math.floor(rand() * FABRICS.length)]}`;
  if (rand() < 0.06) title = SPAM[Math.floor(rand() * SPAM.length)](title, rand);
  const spec = {
    sku: `BK-${String(i).padStart(7, '0')}`,
    title,
    category,
    price: 39 + Math.floor(rand() * 460),
    // the main image a real shot, as the store asks (one in 20 staged), one listing in 20 short of images
    images: ['a', 'b', 'c'].slice(0, rand() < 0.05 ? 2 : 3).map((name, k) => (k === 0 ? { url: `https://img.cn/${i}/${name}.jpg`, real_shot: rand() > 0.05 } : { url: `https://img.cn/${i}/${name}.jpg` })),
  };
  if (category !== 'accessories') spec.size_chart = rand() > 0.03;
  if (rand() < 0.03) spec.description = SPAM_DESCRIPTIONS[Math.floor(rand() * SPAM_DESCRIPTIONS.length)];
  return spec;
}

/** The first `rows` lines of the catalogue of one row size (no newlines). */
export function* catalogueLines(rows, size = 'long') {
  const make = size === 'short' ? shortListing : listing;
  const rand = random(20260611);
  for (let i = 1; i <= rows; i++) {
    // one row in 500 is damaged the way real exports are: cut short, or not an object
    yield i % 500 === 0 ? (i % 1000 === 0 ? '["not", "a", "listing"]' : `{"sku":"BK-${i}","title":"截断的行`) : JSON.stringify(make(i, rand));
  }
}

/** Write the catalogue to `file`, one row a line. */
export async function generate(rows, file, size = 'long') {
  const fd = createWriteStream(file);
  const out = [];
  for (const line of catalogueLines(rows, size)) {
    out.push(line);
    if (out.length === 10_000) {
      if (!fd.write(`${out.join('\n')}\n`)) await once(fd, 'drain');
      out.length = 0;
    }
  }
  if (out.length > 0) fd.write(`${out.join('\n')}\n`);
  fd.end();
  await once(fd, 'close');
}
