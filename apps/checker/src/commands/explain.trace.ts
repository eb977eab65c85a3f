import { formatFen, parseMoney, type Lang, type MemberTiers, type PolicyDocument, type Promotion } from '@storepolicy/schema';
import type { PriceRow, PriceStep, ResolvedLimits } from '@storepolicy/engine';
import { palette } from '../report/colors.js';

/** What the trace needs to show the arithmetic behind each step. */
export interface TraceLookup {
  promotions: ReadonlyMap<string, Promotion['spec']>;
  /** Tier id -> price_percent. */
  tiers: ReadonlyMap<string, number>;
  /** Tier id -> its birthday coupon (fen), priced in the worst case as a coupon. */
  birthdayCoupons: ReadonlyMap<string, { amount: number; minSpend: number }>;
}

export function traceLookup(
  promotions: readonly PolicyDocument<Promotion>[],
  memberTiers: PolicyDocument<MemberTiers> | undefined,
): TraceLookup {
  return {
    promotions: new Map(promotions.map((doc) => [doc.value.metadata.name, doc.value.spec])),
    tiers: new Map((memberTiers?.value.spec.tiers ?? []).map((tier) => [tier.id, tier.benefits.price_percent])),
    birthdayCoupons: new Map(
      (memberTiers?.value.spec.tiers ?? []).map((tier) => [
        tier.id,
        { amount: fen(tier.benefits.birthday_coupon) ?? 0, minSpend: fen(tier.benefits.birthday_coupon_min_spend) ?? 0 },
      ]),
    ),
  };
}

const roundDiv = (n: number, d: number) => Math.floor((2 * n + d) / (2 * d));
const bp = (percent: number) => Math.round(percent * 100);
const pct = (basisPoints: number) => String(basisPoints / 100);
const fen = (value: number | string | undefined) => {
  if (value === undefined) return undefined;
  try {
    return parseMoney(value);
  } catch {
    return undefined;
  }
};

/** The words around each formula, per language; the arithmetic itself reads the same in both. */
const PHRASES = {
  en: {
    pays: (percent: number | string) => `pays ${percent}%`,
    fixed: (price: string) => `fixed price ${price}`,
    percentOff: (percent: number | string) => `${percent}% off`,
    amountOff: (amount: string) => `${amount} off`,
    every: (s: string, o: string) => `every ${s} get ${o} off`,
    spend: (s: string, o: string) => `spend ${s} get ${o} off`,
    worstBasket: 'worst basket at the threshold',
    below: (p: number, s: number) => `${p} is below ${s}, nothing off`,
    coupon: (a: string, m: string) => `coupon ${a} off from ${m}`,
    share: (formula: string) => `worst basket share ${formula}`,
    couponNeeds: (m: number, p: number) => `coupon needs ${m}; ${p} is below it, nothing off`,
    margin: 'margin',
    depth: 'depth',
    gift: 'gift',
    birthday: (tier: string) => `${tier} birthday`,
  },
  zh: {
    pays: (percent: number | string) => `按 ${percent}% 付款`,
    fixed: (price: string) => `一口价 ${price}`,
    percentOff: (percent: number | string) => `减 ${percent}%`,
    amountOff: (amount: string) => `立减 ${amount}`,
    every: (s: string, o: string) => `每满 ${s} 减 ${o}`,
    spend: (s: string, o: string) => `满 ${s} 减 ${o}`,
    worstBasket: '最坏情况：订单恰好达到门槛',
    below: (p: number, s: number) => `${p} 未达 ${s}，不减`,
    coupon: (a: string, m: string) => `满 ${m} 减 ${a} 券`,
    share: (formula: string) => `最坏情况下本件分摊 ${formula}`,
    couponNeeds: (m: number, p: number) => `用券门槛 ${m}；${p} 未达，不减`,
    margin: '毛利',
    depth: '折扣深度',
    gift: '赠品',
    birthday: (tier: string) => `${tier} 生日`,
  },
} as const;

/**
 * The arithmetic that turns `before` into the step's price, written out
 * (`16915 = round(19900 x 85 / 100)`). It is recomputed here only to be
 * shown: a formula is printed only when it reproduces the engine's number,
 * so the trace can never explain a price the engine did not produce.
 */
export function stepFormula(step: PriceStep, before: number, lookup: TraceLookup, lang: Lang = 'en'): string | undefined {
  const t = PHRASES[lang];
  const [type, id = ''] = step.by.split(':');
  const q = step.price;
  const candidates: Array<[number, string]> = [];
  if (type === 'member_price') {
    const percent = lookup.tiers.get(id);
    if (percent !== undefined) {
      candidates.push([roundDiv(before * bp(percent), 10_000), `${t.pays(percent)}: ${q} = round(${before} x ${percent} / 100)`]);
    }
  }
  const birthday = type === 'birthday_coupon' ? lookup.birthdayCoupons.get(id) : undefined;
  if (birthday && birthday.amount > 0) {
    const { amount: a, minSpend: m } = birthday;
    const share = Math.max(m, before) === 0 ? before : roundDiv(before * a, Math.max(m, before));
    candidates.push([
      Math.max(0, before - share),
      `${t.birthday(id)} ${t.coupon(formatFen(a), formatFen(m))}${lang === 'zh' ? '，' : ', '}${t.share(`round(${before} x ${a} / ${Math.max(m, before)}) = ${share}`)}: ${q} = ${before} - ${share}`,
    ]);
  }
  const spec = lookup.promotions.get(id);
  if (spec && spec.type === type) candidates.push(...promotionCandidates(spec, before, q, lang));
  return candidates.find(([value]) => value === q)?.[1];
}

function promotionCandidates(spec: Promotion['spec'], p: number, q: number, lang: Lang): Array<[number, string]> {
  const t = PHRASES[lang];
  const out: Array<[number, string]> = [];
  const fixed = fen(spec.fixed_price);
  if (fixed !== undefined) out.push([fixed, t.fixed(formatFen(fixed))]);
  if (spec.percent_off !== undefined) {
    const keep = 10_000 - bp(spec.percent_off);
    out.push([roundDiv(p * keep, 10_000), `${t.percentOff(spec.percent_off)}: ${q} = round(${p} x ${pct(keep)} / 100)`]);
  }
  const amount = fen(spec.amount_off);
  if (amount !== undefined) out.push([Math.max(0, p - amount), `${t.amountOff(formatFen(amount))}: ${q} = max(0, ${p} - ${amount})`]);
  const s = fen(spec.threshold?.spend);
  const o = fen(spec.threshold?.off);
  if (s !== undefined && o !== undefined && s > 0) {
    const cap = fen(spec.threshold?.cap) ?? Number.POSITIVE_INFINITY;
    const label = spec.threshold?.repeat ? t.every(formatFen(s), formatFen(o)) : t.spend(formatFen(s), formatFen(o));
    out.push([roundDiv(p * (s - o), s), `${label}${lang === 'zh' ? '，' : ', '}${t.worstBasket}: ${q} = round(${p} x ${s - o} / ${s})`]);
    const reduction = p >= s ? Math.min(spec.threshold?.repeat ? Math.floor(p / s) * o : o, cap) : 0;
    out.push([Math.max(0, p - reduction), reduction === 0 ? `${label}: ${t.below(p, s)}` : `${label}: ${q} = ${p} - ${reduction}`]);
  }
  const a = fen(spec.coupon?.amount);
  if (a !== undefined) {
    const m = fen(spec.coupon?.min_spend) ?? 0;
    const share = roundDiv(p * a, Math.max(m, p));
    out.push([Math.max(0, p - share), `${t.coupon(formatFen(a), formatFen(m))}${lang === 'zh' ? '，' : ', '}${t.share(`round(${p} x ${a} / ${Math.max(m, p)}) = ${share}`)}: ${q} = ${p} - ${share}`]);
    out.push([p >= m ? Math.max(0, p - a) : p, p >= m ? `${t.coupon(formatFen(a), formatFen(m))}: ${q} = ${p} - ${a}` : t.couponNeeds(m, p)]);
  }
  return out;
}

const WORDS = {
  en: {
    single: 'single unit',
    worst: 'worst stacked case',
    list: 'list price',
    ok: 'at or above the floor',
    breach: 'BELOW THE FLOOR',
    floor: 'floor',
    skipped: { 'threshold-not-met': 'applies, but one unit is below the threshold', 'min-spend-not-met': 'applies, but one unit is below the minimum spend' },
    excluded: 'left out',
    inversion: (m: InversionWords) =>
      `${m.tier} pays ${m.price}, more than ${m.lower} (${m.lowerPrice})` +
      (m.lever === 'threshold'
        ? `: its price ${m.reach} misses the ${m.need} threshold of ${m.promotion} by ${m.gap}, which the ${m.lower} price reaches`
        : m.lever === 'min-spend'
          ? `: its price ${m.reach} misses the ${m.need} minimum spend of ${m.promotion} by ${m.gap}, which the ${m.lower} price reaches`
          : m.lever === 'not-applied'
            ? `: ${m.promotion} applies to ${m.lower} but not to ${m.tier}`
            : ''),
    reasons: { lost: 'lost to', handshake: 'does not combine with', 'class-exclusive': 'class-exclusive with', 'global-exclusive': 'kept out by the exclusive', unused: 'not used: the buyer pays less with' },
  },
  zh: {
    single: '单件价',
    worst: '最低叠加价',
    list: '标价',
    ok: '不低于底价',
    breach: '低于底价',
    floor: '底价',
    skipped: { 'threshold-not-met': '已参与，但单件未达满减门槛', 'min-spend-not-met': '已参与，但单件未达用券门槛' },
    excluded: '未参与',
    inversion: (m: InversionWords) =>
      `${m.tier} 付 ${m.price}，比 ${m.lower}（${m.lowerPrice}）还贵` +
      (m.lever === 'threshold'
        ? `：其价格 ${m.reach} 差 ${m.gap} 达不到 ${m.promotion} 的满 ${m.need} 门槛，而 ${m.lower} 的价格达得到`
        : m.lever === 'min-spend'
          ? `：其价格 ${m.reach} 差 ${m.gap} 达不到 ${m.promotion} 的最低消费 ${m.need}，而 ${m.lower} 的价格达得到`
          : m.lever === 'not-applied'
            ? `：${m.promotion} 适用于 ${m.lower}，却不适用于 ${m.tier}`
            : ''),
    reasons: { lost: '让位于', handshake: '不能与之叠加：', 'class-exclusive': '同类互斥：', 'global-exclusive': '被全局互斥的促销排除：', unused: '未使用，改用后更便宜：' },
  },
} as const;

/** What the inversion line names, amounts already in yuan. */
interface InversionWords {
  tier: string;
  price: string;
  lower: string;
  lowerPrice: string;
  lever: string;
  promotion: string;
  reach: string;
  need: string;
  gap: string;
}

/** "svip pays 254.64, more than regular (245.15): ...", or undefined when the tier is not inverted. */
export function inversionLine(row: PriceRow, lang: Lang): string | undefined {
  const m = row.paysMoreThan;
  if (!m) return undefined;
  const yuan = (n: number | undefined) => (n === undefined ? '' : formatFen(n));
  return WORDS[lang].inversion({
    tier: row.tier,
    price: formatFen(row.single),
    lower: m.tier,
    lowerPrice: formatFen(m.single),
    lever: m.lever,
    promotion: m.promotion ?? '',
    reach: yuan(m.reach),
    need: yuan(m.need),
    gap: m.reach !== undefined && m.need !== undefined ? formatFen(m.need - m.reach) : '',
  });
}

export interface TraceOptions {
  lang: Lang;
  color: boolean;
  /** Unit cost, fen, to write the floor out. */
  cost?: number;
  limits?: ResolvedLimits;
}

const ceilDiv = (n: number, d: number) => Math.floor((n + d - 1) / d);

/**
 * `9450 = max(margin: ceil(8000 x 110 / 100) = 8800, depth: ceil(18900 x 50 / 100) = 9450)`,
 * with the gifts' stated value added to the margin part when the policy
 * counts gifts in the margin; only when it reproduces the engine's floor.
 */
export function floorFormula(
  row: PriceRow,
  cost: number | undefined,
  limits: ResolvedLimits | undefined,
  lookup?: TraceLookup,
  lang: Lang = 'en',
): string | undefined {
  const t = PHRASES[lang];
  if (cost === undefined || limits === undefined || row.baseline === undefined) return undefined;
  let gift = 0;
  if (limits.giftCountsInMargin && lookup) {
    for (const id of row.promotions ?? []) {
      const spec = lookup.promotions.get(id);
      if (spec?.type === 'gift') gift += (fen(spec.gift?.value) ?? 0) * (spec.gift?.quantity ?? 1);
    }
  }
  const margin = ceilDiv(cost * (10_000 + limits.minMargin), 10_000) + gift;
  const depth = ceilDiv(row.baseline * (10_000 - limits.maxDepth), 10_000);
  if (Math.max(margin, depth) !== row.floor) return undefined;
  const giftText = gift > 0 ? ` + ${t.gift} ${gift}` : '';
  return (
    `${row.floor} = max(${t.margin}: ceil(${cost} x ${pct(10_000 + limits.minMargin)} / 100)${giftText} = ${margin}, ` +
    `${t.depth}: ceil(${row.baseline} x ${pct(10_000 - limits.maxDepth)} / 100) = ${depth})`
  );
}

/** The step-by-step trace of one row, single unit then worst case, prices in fen like the JSON. */
export function renderTrace(row: PriceRow, lookup: TraceLookup, options: TraceOptions): string {
  const paint = palette(options.color);
  const w = WORDS[options.lang];
  const lines = [paint.bold(`${row.promotion} · ${row.sku} · ${row.tier}`)];
  const section = (title: string, steps: readonly PriceStep[], result: number) => {
    lines.push(`${title}:`, `   ${String(row.list).padStart(7)}  ${w.list} (${formatFen(row.list)})`);
    let before = row.list;
    for (const step of steps) {
      if (step.by === 'list') continue;
      // a skipped step changed nothing: say why instead of writing out "x - 0"
      const formula = step.skipped ? w.skipped[step.skipped] : stepFormula(step, before, lookup, options.lang);
      lines.push(`-> ${String(step.price).padStart(7)}  ${step.by}${formula ? paint.dim(` (${formula})`) : ''}`);
      before = step.price;
    }
    lines.push(`=  ${String(result).padStart(7)}  ${title} (${formatFen(result)})`);
  };
  section(w.single, row.steps, row.single);
  section(w.worst, row.worstSteps ?? row.steps, row.worst);
  for (const e of row.excluded ?? []) lines.push(paint.dim(`${w.excluded}: ${e.promotion} (${w.reasons[e.reason]} ${e.by})`));
  const verdict = row.worst < row.floor ? paint.red(w.breach) : paint.green(w.ok);
  const formula = floorFormula(row, options.cost, options.limits, lookup, options.lang);
  lines.push(`${w.floor} ${formatFen(row.floor)}${formula ? paint.dim(` (${formula})`) : ''}: ${row.worst} ${verdict}`);
  const inversion = inversionLine(row, options.lang);
  if (inversion) lines.push(paint.red(`promotion/tier-inversion: ${inversion}`));
  return lines.join('\n');
}
