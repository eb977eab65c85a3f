/** Chinese names of the legal classes, so zh messages read 食品类商品, not "food 类商品". */
const ZH: Record<string, string> = {
  general: '普通商品',
  apparel: '服装',
  food: '食品',
  health_food: '保健食品',
  cosmetics: '化妆品',
  medical_device: '医疗器械',
  digital: '数字化商品',
  periodical: '报纸期刊',
  fresh: '生鲜',
  custom_made: '定制商品',
};

/** `{legalClass, legalClassZh}` message params for a legal class id. */
export function legalClassParams(legalClass: string | undefined): { legalClass: string; legalClassZh: string } {
  const id = legalClass ?? 'unknown';
  return { legalClass: id, legalClassZh: ZH[id] ?? (legalClass === undefined ? '未知品类' : id) };
}
