import { REQUIRED_FIELDS, isTargetField, type TargetField } from './fields.js';

/**
 * Column names of the common Taobao seller-tool export (淘宝助理 / 千牛
 * 商品导出) and of hand-made sheets, mapped to listing fields. Columns
 * that carry no listing text (运费模板, 库存, 橱窗推荐...) are not mapped
 * and are ignored. Taobao's numeric 宝贝类目 (cid) is NOT mapped: the
 * checker needs the store's own category id, so exports carry it in
 * 类目 / 店铺类目 or get it through --columns.
 */
export const TAOBAO_COLUMNS: Readonly<Record<string, TargetField>> = {
  宝贝名称: 'title',
  宝贝标题: 'title',
  商品标题: 'title',
  标题: 'title',
  商家编码: 'sku',
  商品编码: 'sku',
  货号: 'sku',
  宝贝价格: 'price',
  价格: 'price',
  一口价: 'price',
  销售价: 'price',
  划线价: 'reference_price',
  原价: 'reference_price',
  近7天最低价: 'lowest_price_7d',
  近7天最低成交价: 'lowest_price_7d',
  '7天最低成交价': 'lowest_price_7d',
  宝贝描述: 'description',
  商品描述: 'description',
  描述: 'description',
  类目: 'category',
  店铺类目: 'category',
  宝贝属性: 'attributes',
  属性: 'attributes',
  宝贝卖点: 'attributes.卖点',
  新图片: 'images',
  图片: 'images',
  主图: 'images',
  是否实拍: 'images.real_shot',
  实拍: 'images.real_shot',
  发货时间: 'ship_within_hours',
  发货时效: 'ship_within_hours',
  承诺发货时间: 'ship_within_hours',
  退换货承诺: 'after_sales.seven_day_return',
  七天无理由退货: 'after_sales.seven_day_return',
  '7天无理由退货': 'after_sales.seven_day_return',
  不支持七天无理由原因: 'after_sales.reason',
  退货说明: 'after_sales.reason',
  食品生产许可证编号: 'qualifications.sc',
  生产许可证编号: 'qualifications.sc',
  化妆品备案编号: 'qualifications.cosmetics_filing',
  特殊化妆品注册证编号: 'qualifications.cosmetics_registration',
  保健食品批准文号: 'qualifications.health_food',
  医疗器械注册证编号: 'qualifications.medical_device',
  包裹附带: 'inserts',
  包裹插页: 'inserts',
  尺码表: 'size_chart',
};

/** Which column fills which field, decided once from the header row. */
export interface ColumnPlan {
  /** Target field by column index; undefined = column ignored. */
  fields: (TargetField | undefined)[];
  /** Header text by column index, for messages. */
  headers: string[];
}

export class MappingError extends Error {}

/** Header cells as exported: a BOM, spaces, full-width parentheses and Latin case vary. */
export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

/**
 * Build the plan. User mappings win over the built-in table; a field named
 * by its own name (`title`, `qualifications.sc`) always maps to itself.
 * When two columns fill one field the first wins, so an export with both
 * 宝贝名称 and 标题 is read predictably.
 */
export function planColumns(headers: readonly string[], userMap: Readonly<Record<string, TargetField>> = {}): ColumnPlan {
  const table = new Map<string, TargetField>();
  for (const [name, field] of Object.entries(TAOBAO_COLUMNS)) table.set(normalizeHeader(name), field);
  for (const [name, field] of Object.entries(userMap)) table.set(normalizeHeader(name), field);
  const taken = new Set<TargetField>();
  const fields = headers.map((header) => {
    const key = normalizeHeader(header);
    const field = table.get(key) ?? (isTargetField(key) ? key : attributeColumn(header));
    if (field === undefined || taken.has(field)) return undefined;
    taken.add(field);
    return field;
  });
  const missing = REQUIRED_FIELDS.filter((field) => !taken.has(field));
  if (missing.length > 0) {
    throw new MappingError(
      `no column maps to ${missing.join(', ')} (columns: ${headers.map((h) => h.trim()).join(', ')}); ` +
        `name the columns with --columns, e.g. --columns "${headers[0]?.trim() || '宝贝名称'}=${missing[0]}"`,
    );
  }
  return { fields, headers: headers.map((h) => h.trim()) };
}

/** `属性:材质` / `attr:material` columns carry one attribute each. */
function attributeColumn(header: string): TargetField | undefined {
  const match = /^\s*(?:属性|attr|attribute)\s*[:：]\s*(.+?)\s*$/i.exec(header.replace(/^\uFEFF/, ''));
  return match ? `attributes.${match[1]!}` : undefined;
}

/** `--columns "宝贝名称=title,编码=sku"` -> mapping; a bad field name is a usage error. */
export function parseColumnsOption(text: string): Record<string, TargetField> {
  const map: Record<string, TargetField> = {};
  for (const part of text.split(/[,，]/)) {
    if (part.trim() === '') continue;
    const eq = part.lastIndexOf('=');
    if (eq <= 0) throw new MappingError(`--columns "${part}": expected column=field, e.g. 宝贝名称=title`);
    addEntry(map, part.slice(0, eq), part.slice(eq + 1).trim(), '--columns');
  }
  return map;
}

/** A mapping file's content (`columns:` or a flat mapping of header -> field). */
export function mappingFromValue(value: unknown, source: string): Record<string, TargetField> {
  const root = isRecord(value) && isRecord(value.columns) ? value.columns : value;
  if (!isRecord(root)) throw new MappingError(`${source}: expected a mapping of column name to field, e.g. 宝贝名称: title`);
  const map: Record<string, TargetField> = {};
  for (const [header, field] of Object.entries(root)) {
    if (typeof field !== 'string') throw new MappingError(`${source}: column "${header}" must map to a field name, got ${JSON.stringify(field)}`);
    addEntry(map, header, field.trim(), source);
  }
  return map;
}

function addEntry(map: Record<string, TargetField>, header: string, field: string, source: string): void {
  if (!isTargetField(field)) {
    throw new MappingError(`${source}: "${field}" is not a listing field (one of sku, title, category, price, reference_price, lowest_price_7d, description, attributes, attributes.<name>, images, images.real_shot, ship_within_hours, inserts, size_chart, after_sales.seven_day_return, after_sales.reason, qualifications.<type>)`);
  }
  map[header.trim()] = field;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
