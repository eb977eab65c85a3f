import { describe, expect, it } from 'vitest';
import { csvRecordToListing, parseHours, parseReturnPromise } from '../../src/listing/csv-row.js';
import { MappingError, mappingFromValue, parseColumnsOption, planColumns } from '../../src/listing/header-map.js';

describe('CSV header mapping', () => {
  it('maps the Taobao seller-tool export headers and ignores columns without listing text', () => {
    const plan = planColumns(['\uFEFF宝贝名称', '宝贝类目', '店铺类目', '宝贝价格', '宝贝数量', '宝贝描述', '商家编码', '宝贝卖点', '运费模版ID']);
    expect(plan.fields).toEqual(['title', undefined, 'category', 'price', undefined, 'description', 'sku', 'attributes.卖点', undefined]);
  });

  it('field names map to themselves, case and spaces aside, and attribute columns fill attributes', () => {
    const plan = planColumns([' SKU ', 'Title', 'category', 'price', 'qualifications.sc', '属性:材质', 'attr: origin']);
    expect(plan.fields).toEqual(['sku', 'title', 'category', 'price', 'qualifications.sc', 'attributes.材质', 'attributes.origin']);
  });

  it('the first of two columns for one field wins', () => {
    expect(planColumns(['宝贝名称', '标题', '商家编码', '价格', '类目']).fields).toEqual(['title', undefined, 'sku', 'price', 'category']);
  });

  it('user mappings override the built-in table', () => {
    const plan = planColumns(['宝贝名称', '编码', '售价', '类目', '货号'], { 编码: 'sku', 售价: 'price', 货号: 'attributes.货号' });
    expect(plan.fields).toEqual(['title', 'sku', 'price', 'category', 'attributes.货号']);
  });

  it('a header row without the required fields is refused with the columns it has', () => {
    expect(() => planColumns(['名称', '价格'])).toThrow(MappingError);
    expect(() => planColumns(['名称', '价格'])).toThrow(
      'no column maps to sku, title, category (columns: 名称, 价格); name the columns with --columns, e.g. --columns "名称=sku"',
    );
  });

  it('--columns and --map files are parsed, bad fields refused', () => {
    expect(parseColumnsOption('货品名=title，编码=sku')).toEqual({ 货品名: 'title', 编码: 'sku' });
    expect(() => parseColumnsOption('货品名')).toThrow('expected column=field');
    expect(mappingFromValue({ columns: { 货品名: 'title' } }, 'm.yaml')).toEqual({ 货品名: 'title' });
    expect(mappingFromValue({ 货品名: 'title' }, 'm.yaml')).toEqual({ 货品名: 'title' });
    expect(() => mappingFromValue({ 货品名: 'name' }, 'm.yaml')).toThrow('m.yaml: "name" is not a listing field');
    expect(() => mappingFromValue(['title'], 'm.yaml')).toThrow('expected a mapping of column name to field');
  });
});

describe('CSV values as seller tools write them', () => {
  it.each([
    ['48', 48],
    ['48h', 48],
    ['48小时', 48],
    ['48小时内', 48],
    ['2天', 48],
    ['3天内发货', 72],
    ['当天发货', 24],
    ['三天', undefined],
    ['48.5', undefined],
  ])('hours %s -> %s', (cell, hours) => expect(parseHours(cell)).toBe(hours));

  it.each([
    ['支持', 'yes'],
    ['支持七天无理由退货', 'yes'],
    ['支持7天无理由', 'yes'],
    ['是', 'yes'],
    ['法定不支持', 'exempt_statutory'],
    ['确认不支持', 'exempt_confirmed'],
    ['exempt_confirmed', 'exempt_confirmed'],
    ['不支持', 'exempt_statutory'],
    ['不支持七天无理由退货', 'exempt_statutory'],
    ['不退不换', undefined],
  ])('return promise %s -> %s', (cell, promise) => expect(parseReturnPromise(cell)).toBe(promise));

  it('a record becomes a listing: prices without ¥/元, lists split, real-shot flag on the images, nested fields', () => {
    const plan = planColumns(['商家编码', '宝贝名称', '类目', '宝贝价格', '新图片', '是否实拍', '宝贝属性', '包裹附带', '退换货承诺', '食品生产许可证编号', '尺码表']);
    const { value, errors } = csvRecordToListing(
      ['SNK-1', '手工牛肉干', 'snacks', '¥59.90', 'a.jpg;b.jpg|c.jpg', '是', '产地:内蒙古；净含量：250g', '感谢卡;售后卡', '支持', 'SC10644011500123', '否'],
      plan,
    );
    expect(errors).toEqual([]);
    expect(value).toEqual({
      sku: 'SNK-1',
      title: '手工牛肉干',
      category: 'snacks',
      price: '59.90',
      images: [
        { url: 'a.jpg', real_shot: true },
        { url: 'b.jpg', real_shot: true },
        { url: 'c.jpg', real_shot: true },
      ],
      attributes: { 产地: '内蒙古', 净含量: '250g' },
      inserts: ['感谢卡', '售后卡'],
      after_sales: { seven_day_return: 'yes' },
      qualifications: { sc: 'SC10644011500123' },
      size_chart: false,
    });
  });

  it('values that cannot be converted are row errors naming the column', () => {
    const plan = planColumns(['商家编码', '宝贝名称', '类目', '价格', '发货时间', '是否实拍', '退换货承诺']);
    const { errors } = csvRecordToListing(['A-1', 't', 'mugs', '9', '三天', '也许', '不退不换'], plan);
    expect(errors).toEqual([
      { messageId: 'hours', params: { field: '发货时间 (ship_within_hours)', value: '三天' }, pointer: '/ship_within_hours' },
      { messageId: 'flag', params: { field: '是否实拍 (images.real_shot)', value: '也许' }, pointer: '/images/real_shot' },
      { messageId: 'returnPromise', params: { field: '退换货承诺 (after_sales.seven_day_return)', value: '不退不换' }, pointer: '/after_sales/seven_day_return' },
    ]);
  });
});

describe('CSV columns nobody reads are named, never silently skipped', () => {
  it('lists unmapped columns that are not known non-text export columns, and second columns for a field', () => {
    const plan = planColumns(['宝贝名称', '宝贝数量', '商家编码', '价格', '类目', '卖家备注', '运费模版ID', '标题', '']);
    expect(plan.unchecked).toEqual([
      { index: 5, header: '卖家备注' },
      { index: 7, header: '标题', field: 'title' },
    ]);
  });

  it('reads the Taobao export text columns without a field of their own (宝贝详情, SKU option names) as text', () => {
    const plan = planColumns(['宝贝名称', '商家编码', '价格', '类目', '宝贝详情', '销售属性别名', '颜色分类', '心情故事']);
    expect(plan.fields.slice(4)).toEqual(['description', 'attributes.销售属性别名', 'attributes.颜色分类', 'attributes.心情故事']);
    expect(plan.unchecked).toEqual([]);
  });

  it('a user mapping makes a column checked', () => {
    expect(planColumns(['宝贝名称', '商家编码', '价格', '类目', '卖家备注'], { 卖家备注: 'attributes.卖家备注' }).unchecked).toEqual([]);
  });
});
