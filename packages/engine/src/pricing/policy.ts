import {
  parseMoney,
  type PolicyDocument,
  type PromotionClass,
  type PromotionPolicy,
  type PromotionPolicySpec,
  type PromotionType,
  type Severity,
} from '@storepolicy/schema';
import { CLASS_OF, PROMOTION_CLASSES, PROMOTION_TYPES, type Exclusivity } from './classes.js';
import { toBasisPoints } from './math.js';

export interface ResolvedStacking {
  combinesWith: ReadonlySet<PromotionClass>;
  exclusive: Exclusivity;
  /** Classes still allowed next to a `global` promotion. */
  allowWithGlobal: ReadonlySet<PromotionClass>;
}

export interface ResolvedLimits {
  /** Basis points (50% -> 5000). */
  maxDepth: number;
  minMargin: number;
  giftCountsInMargin: boolean;
  cutFrequencyMax: number;
  cutFrequencyWindowDays: number;
  leadTimeHours: number;
  minDurationHours: number;
  maxDurationDays: number;
  maxConcurrent: number;
  priceRaiseLookbackDays: number;
  /** Basis points. */
  priceRaiseTolerance: number;
}

export interface ResolvedBlackout {
  start: number;
  end: number;
  index: number;
}

export interface EventRequirement {
  minDsr?: number;
  minStoreAgeDays?: number;
  minExperienceScore?: number;
}

/** A PromotionPolicy with every default filled in; `doc` locates where a value was set. */
export interface ResolvedPolicy {
  doc?: PolicyDocument<PromotionPolicy>;
  priority: readonly PromotionType[];
  /** 0 = most preferred. */
  rank: Readonly<Record<PromotionType, number>>;
  stacking: Readonly<Record<PromotionType, ResolvedStacking>>;
  conflicts: 'error' | 'info';
  limits: ResolvedLimits;
  blackouts: readonly ResolvedBlackout[];
  events: Readonly<Record<string, EventRequirement>>;
  prizeCap: number;
  leverPrioritySeverity: Severity | 'off';
  /** `promotion/tier-inversion`: error unless the policy relaxes it. */
  tierInversionSeverity: 'error' | 'warning' | 'off';
}

/** Legal maximum of a prize draw's top prize (反不正当竞争法 art. 10), fen. */
export const LEGAL_PRIZE_CAP = 5_000_000;

export const DEFAULT_LIMITS: ResolvedLimits = {
  maxDepth: 5000,
  minMargin: 0,
  giftCountsInMargin: false,
  cutFrequencyMax: 2,
  cutFrequencyWindowDays: 30,
  leadTimeHours: 72,
  minDurationHours: 1,
  maxDurationDays: 30,
  maxConcurrent: 3,
  priceRaiseLookbackDays: 30,
  priceRaiseTolerance: 0,
};

/** Pointer (inside the policy document) of each limit, for `related` locations. */
export const LIMIT_POINTERS: Readonly<Record<keyof ResolvedLimits, string>> = {
  maxDepth: '/spec/limits/max_depth',
  minMargin: '/spec/limits/min_margin',
  giftCountsInMargin: '/spec/limits/gift_counts_in_margin',
  cutFrequencyMax: '/spec/limits/cut_frequency/max',
  cutFrequencyWindowDays: '/spec/limits/cut_frequency/window_days',
  leadTimeHours: '/spec/limits/lead_time_hours',
  minDurationHours: '/spec/limits/min_duration_hours',
  maxDurationDays: '/spec/limits/max_duration_days',
  maxConcurrent: '/spec/limits/max_concurrent',
  priceRaiseLookbackDays: '/spec/limits/price_raise_lookback_days',
  priceRaiseTolerance: '/spec/limits/price_raise_tolerance',
};

function defaultStacking(type: PromotionType): ResolvedStacking {
  const all = new Set(PROMOTION_CLASSES);
  if (type === 'flash_sale') {
    // A flash-sale price is final on every platform: nothing stacks on it but shipping.
    return { combinesWith: all, exclusive: 'global', allowWithGlobal: new Set(['shipping']) };
  }
  return { combinesWith: all, exclusive: CLASS_OF[type] === 'product' ? 'class' : 'none', allowWithGlobal: new Set() };
}

function safeMoney(value: number | string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  try {
    return parseMoney(value);
  } catch {
    return fallback;
  }
}

/** Resolve a policy document (or none: every default) into numbers the engine uses. */
export function resolvePolicy(doc?: PolicyDocument<PromotionPolicy>): ResolvedPolicy {
  const spec: PromotionPolicySpec = doc?.value.spec ?? {};
  const priority: PromotionType[] = [];
  for (const type of spec.priority ?? []) if (!priority.includes(type)) priority.push(type);
  for (const type of PROMOTION_TYPES) if (!priority.includes(type)) priority.push(type);
  const rank = Object.fromEntries(priority.map((type, i) => [type, i])) as Record<PromotionType, number>;

  const stacking = {} as Record<PromotionType, ResolvedStacking>;
  for (const type of PROMOTION_TYPES) {
    const base = defaultStacking(type);
    const set = spec.stacking?.[type];
    stacking[type] = {
      combinesWith: set?.combines_with ? new Set(set.combines_with) : base.combinesWith,
      exclusive: set?.exclusive ?? base.exclusive,
      allowWithGlobal: set?.allow_with_global ? new Set(set.allow_with_global) : base.allowWithGlobal,
    };
  }

  const l = spec.limits ?? {};
  const limits: ResolvedLimits = {
    maxDepth: l.max_depth === undefined ? DEFAULT_LIMITS.maxDepth : toBasisPoints(l.max_depth),
    minMargin: l.min_margin === undefined ? DEFAULT_LIMITS.minMargin : toBasisPoints(l.min_margin),
    giftCountsInMargin: l.gift_counts_in_margin ?? DEFAULT_LIMITS.giftCountsInMargin,
    cutFrequencyMax: l.cut_frequency?.max ?? DEFAULT_LIMITS.cutFrequencyMax,
    cutFrequencyWindowDays: l.cut_frequency?.window_days ?? DEFAULT_LIMITS.cutFrequencyWindowDays,
    leadTimeHours: l.lead_time_hours ?? DEFAULT_LIMITS.leadTimeHours,
    minDurationHours: l.min_duration_hours ?? DEFAULT_LIMITS.minDurationHours,
    maxDurationDays: l.max_duration_days ?? DEFAULT_LIMITS.maxDurationDays,
    maxConcurrent: l.max_concurrent ?? DEFAULT_LIMITS.maxConcurrent,
    priceRaiseLookbackDays: l.price_raise_lookback_days ?? DEFAULT_LIMITS.priceRaiseLookbackDays,
    priceRaiseTolerance:
      l.price_raise_tolerance === undefined ? DEFAULT_LIMITS.priceRaiseTolerance : toBasisPoints(l.price_raise_tolerance),
  };

  const blackouts = (spec.blackouts ?? []).map((b, index) => ({
    start: Date.parse(b.start),
    end: Date.parse(b.end),
    index,
  }));

  const events: Record<string, EventRequirement> = {};
  for (const [id, req] of Object.entries(spec.events ?? {})) {
    if (!req) continue;
    events[id] = { minDsr: req.min_dsr, minStoreAgeDays: req.min_store_age_days, minExperienceScore: req.min_experience_score };
  }

  return {
    ...(doc ? { doc } : {}),
    priority,
    rank,
    stacking,
    conflicts: spec.conflicts ?? 'info',
    limits,
    blackouts,
    events,
    // A policy may lower the legal cap, never raise it (limits-sane reports an attempt).
    prizeCap: Math.min(safeMoney(spec.prize_cap, LEGAL_PRIZE_CAP), LEGAL_PRIZE_CAP),
    leverPrioritySeverity: spec.lever_priority_severity ?? 'info',
    tierInversionSeverity: spec.tier_inversion ?? 'error',
  };
}
