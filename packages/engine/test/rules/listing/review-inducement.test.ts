import { describe, expect, it } from 'vitest';
import { body, findings } from '../../listing/_fixture.js';

const CODE = 'listing/review-inducement';

describe(CODE, () => {
  it.each([
    { text: '收货五星好评送5元红包', at: [2, 7] },
    { text: '晒图返现3元', at: [0, 4] },
    { text: '亲，好评返现哦', at: [2, 6] },
    { text: '收货 好 评 返 现 哦', at: [3, 10] },
    { text: '好*评*返*现', at: [0, 7] },
  ])('reports "$text"', ({ text, at }) => {
    expect(findings(body('dresses', `  description: ${text}\n`), CODE)).toEqual([
      { messageId: 'found', severity: 'error', line: 9, column: 16 + at[0]!, endLine: 9, endColumn: 16 + at[1]! },
    ]);
  });

  it('reports a review-cashback insert by its text', () => {
    expect(findings(body('dresses', '  inserts: [售后卡, 好评返现卡]\n'), CODE)).toEqual([
      { messageId: 'found', severity: 'error', line: 9, column: 18, endLine: 9, endColumn: 22 },
    ]);
  });

  it('does not report an invitation to review honestly', () => {
    expect(findings(body('dresses', '  description: 欢迎收货后如实评价，有问题请联系客服\n'), CODE)).toEqual([]);
  });
});
