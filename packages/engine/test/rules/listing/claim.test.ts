import { describe, expect, it } from 'vitest';
import { body, findings } from '../../listing/_fixture.js';

const CODE = 'listing/claim';
const description = (text: string) => `  description: ${text}\n`;

describe(CODE, () => {
  it.each([
    { name: 'ordinary food claiming 增强免疫力 (食品安全法 art. 73)', category: 'snacks', text: '每天一把 增强免疫力', at: [16 + 5, 16 + 10] },
    { name: 'a mug claiming treatment (广告法 art. 17)', category: 'mugs', text: '磁化杯 降血糖', at: [16 + 4, 16 + 7] },
    { name: 'cosmetics claiming 祛疤 (化妆品监督管理条例 art. 43)', category: 'skincare', text: '温和祛疤精华', at: [16 + 2, 16 + 4] },
    { name: 'cosmetics called 药妆', category: 'skincare', text: '专业药妆品牌', at: [16 + 2, 16 + 4] },
  ])('reports $name', ({ category, text, at }) => {
    expect(findings(body(category, description(text)), CODE)).toEqual([
      { messageId: 'forbidden', severity: 'error', line: 9, column: at[0], endLine: 9, endColumn: at[1] },
    ]);
  });

  it.each([
    ['a thermometer may speak of treatment', 'thermometers', '辅助治疗发热的体温监测'],
    ['health food may claim its approved function', 'supplements', '增强免疫力。本品不能代替药物'],
    ['a dress may say nothing about health', 'dresses', '纯棉面料 透气舒适'],
  ])('does not report when %s', (_name, category, text) => {
    expect(findings(body(category, description(text)), CODE)).toEqual([]);
  });

  it('reports health food without 本品不能代替药物 at the description (广告法 art. 18)', () => {
    expect(findings(body('supplements', description('每日两粒')), CODE)).toEqual([
      { messageId: 'missingStatement', severity: 'error', line: 9, column: 16, endLine: 9, endColumn: 20 },
    ]);
  });

  it('accepts the statement in full-width punctuation and inside a block', () => {
    const text = '|\n    每日两粒。\n    本品不能代替药物。\n';
    expect(findings(body('supplements', `  description: ${text}`), CODE)).toEqual([]);
  });
});
