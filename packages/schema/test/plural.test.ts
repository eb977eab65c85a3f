import { describe, expect, it } from 'vitest';
import { interpolate } from '../src/i18n.js';
import { countOf, pluralForm } from '../src/plural.js';

describe('interpolate: plurals by Intl.PluralRules', () => {
  const en = 'The listing has {count, plural, one {# image} other {# images}}; the policy asks for at least {min}.';
  it('chooses one or other in English', () => {
    expect(interpolate(en, { count: 1, min: 3 }, 'en')).toBe('The listing has 1 image; the policy asks for at least 3.');
    expect(interpolate(en, { count: 0, min: 3 }, 'en')).toBe('The listing has 0 images; the policy asks for at least 3.');
    expect(interpolate(en, { count: 2, min: 3 }, 'en')).toBe('The listing has 2 images; the policy asks for at least 3.');
  });
  it('takes an exact =N case first, and Chinese has only other', () => {
    const t = '{n, plural, =0 {none} one {# item} other {# items}}';
    expect(interpolate(t, { n: 0 }, 'en')).toBe('none');
    expect(interpolate('{n, plural, other {# 张}}', { n: 1 }, 'zh')).toBe('1 张');
  });
  it('leaves an unknown name visible', () => {
    expect(interpolate('{n, plural, one {# x} other {# xs}} {m}', {}, 'en')).toBe('{n, plural, one {# x} other {# xs}} {m}');
  });
  it('inserts parameter values as they are (a seller writing "{min}" is not a placeholder), and renders one template many ways', () => {
    const t = 'title {title}, at least {min}; {n, plural, one {# row} other {# rows}}';
    expect(interpolate(t, { title: '{min} 全网最低', min: 3, n: 1 }, 'en')).toBe('title {min} 全网最低, at least 3; 1 row');
    expect(interpolate(t, { title: 'x', min: 4, n: 2 }, 'en')).toBe('title x, at least 4; 2 rows');
    expect(interpolate(t, { title: 'y', min: 5, n: 'many' }, 'en')).toBe('title y, at least 5; {n, plural, one {# row} other {# rows}}');
  });
});

describe('countOf and pluralForm: the one helper for English counts outside the message tables', () => {
  it('0 and 2 take "other", 1 takes "one" (CLDR by Intl.PluralRules)', () => {
    expect([0, 1, 2].map((n) => countOf(n, 'row', 'rows'))).toEqual(['0 rows', '1 row', '2 rows']);
    expect([0, 1, 2].map((n) => pluralForm(n, 'exists', 'exist'))).toEqual(['exist', 'exists', 'exist']);
  });
  it('writes the count as given (grouped, "20+") while choosing by its value', () => {
    expect(countOf(1234, 'listing', 'listings', '1,234')).toBe('1,234 listings');
    expect(countOf(20, 'error', 'errors', '20+')).toBe('20+ errors');
  });
});
