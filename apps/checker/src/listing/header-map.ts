import { REQUIRED_FIELDS, isTargetField, type TargetField } from './fields.js';
import { listingMessages as m } from './messages.js';
import type { Message } from '../i18n.js';

/**
 * Column names of the common Taobao seller-tool export (淘宝助理 / 千牛
 * 商品导出) and of hand-made sheets, mapped to listing fields. Buyer-visible
 * text with no field of its own (SKU option names, 心情故事) is scanned as an
 * attribute named after the column. Columns that carry no listing text are
 * in NON_TEXT_COLUMNS; any other column is reported as not checked
 * (SPEC section 9). Taobao's numeric 宝贝类目 (cid) is NOT mapped: the
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
  宝贝详情: 'description',
  商品详情: 'description',
  详情描述: 'description',
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
  // buyer-visible text without a field of its own: SKU option names and free-text notes
  销售属性别名: 'attributes.销售属性别名',
  销售属性: 'attributes.销售属性',
  SKU名称: 'attributes.SKU名称',
  规格名称: 'attributes.规格名称',
  颜色分类: 'attributes.颜色分类',
  自定义属性值: 'attributes.自定义属性值',
  属性值备注: 'attributes.属性值备注',
  '用户输入名-值对': 'attributes.用户输入名-值对',
  心情故事: 'attributes.心情故事',
  副标题: 'attributes.副标题',
};

/**
 * Export columns that hold no buyer-visible text (numbers, ids, switches,
 * logistics, dates): not read, and not reported as unchecked. Anything else
 * that maps to no field is named in the summary as not checked.
 */
export const NON_TEXT_COLUMNS: readonly string[] = [
  '宝贝类目', '新旧程度', '省', '城市', '出售方式', '加价幅度', '宝贝数量', '数量', '库存', '有效期', '运费承担',
  '平邮', 'EMS', '快递', '发票', '保修', '放入仓库', '橱窗推荐', '开始时间', '团购价', '最小团购件数', '邮费模版ID',
  '运费模版ID', '运费模板', '运费模板ID', '会员打折', '修改时间', '上传状态', '图片状态', '返点比例', '视频',
  '销售属性组合', '用户输入ID串', '代充类型', '数字ID', '本地ID', '宝贝分类', '用户名称', '宝贝状态', '闪电发货',
  '新品', '尺码库', '库存类型', '库存计数', '物流体积', '物流重量', '重量', '体积', '产品ID', '商品ID', '宝贝ID',
  '商品条形码', '条形码', 'sku 条形码', 'sku条形码', '上架时间', '下架时间', '创建时间', '销量', '成本价', '采购价',
  '是否包邮', '关联线下服务', '子交易模式', '是否可以代销', '商品资质', '增加商品资质', 'tmall扩展字段', '产品组合',
];

const NON_TEXT = new Set(NON_TEXT_COLUMNS.map(normalizeHeader));

/** Which column fills which field, decided once from the header row. */
export interface ColumnPlan {
  /** Target field by column index; undefined = column ignored. */
  fields: (TargetField | undefined)[];
  /** Header text by column index, for messages. */
  headers: string[];
  /**
   * Columns whose cells nobody reads although they may hold buyer-visible
   * text: mapped to no field and not on the non-text list, or a second column
   * for a field another column already fills (`field`).
   */
  unchecked: { index: number; header: string; field?: TargetField }[];
}

/** A column mapping that cannot be used; the caller says which file or flag it came from. */
export class MappingError extends Error {
  constructor(readonly text: Message) {
    super(text.render('en'));
  }
}

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
  const unchecked: ColumnPlan['unchecked'] = [];
  const fields = headers.map((header, index) => {
    const key = normalizeHeader(header);
    const field = table.get(key) ?? (isTargetField(key) ? key : attributeColumn(header));
    if (field === undefined) {
      if (key !== '' && !NON_TEXT.has(key)) unchecked.push({ index, header: header.replace(/^\uFEFF/, '').trim() });
      return undefined;
    }
    if (taken.has(field)) {
      unchecked.push({ index, header: header.replace(/^\uFEFF/, '').trim(), field });
      return undefined;
    }
    taken.add(field);
    return field;
  });
  const missing = REQUIRED_FIELDS.filter((field) => !taken.has(field));
  if (missing.length > 0) {
    throw new MappingError(
      m.noColumnFor({ missing: missing.join(', '), columns: headers.map((h) => h.trim()).join(', '), example: `${headers[0]?.trim() || '宝贝名称'}=${missing[0]}` }),
    );
  }
  return { fields, headers: headers.map((h) => h.trim()), unchecked };
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
    if (eq <= 0) throw new MappingError(m.columnsEntry({ part }));
    addEntry(map, part.slice(0, eq), part.slice(eq + 1).trim(), '--columns');
  }
  return map;
}

/** A mapping file's content (`columns:` or a flat mapping of header -> field). */
export function mappingFromValue(value: unknown, source: string): Record<string, TargetField> {
  const root = isRecord(value) && isRecord(value.columns) ? value.columns : value;
  if (!isRecord(root)) throw new MappingError(m.mapShape({ source }));
  const map: Record<string, TargetField> = {};
  for (const [header, field] of Object.entries(root)) {
    if (typeof field !== 'string') throw new MappingError(m.mapValue({ source, header, got: JSON.stringify(field) }));
    addEntry(map, header, field.trim(), source);
  }
  return map;
}

function addEntry(map: Record<string, TargetField>, header: string, field: string, source: string): void {
  if (!isTargetField(field)) {
    throw new MappingError(m.notAField({ source, field }));
  }
  map[header.trim()] = field;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
