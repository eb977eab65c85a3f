import { describe, expect, it } from 'vitest';
import { body, findings, IMAGES } from '../../listing/_fixture.js';

const CODE = 'listing/images';

describe(CODE, () => {
  it('warns about too few images, at the images list', () => {
    expect(findings(body('mugs', '  images:\n    - {url: a.jpg, real_shot: true}\n'), CODE)).toEqual([
      { messageId: 'tooFew', severity: 'warning', line: 10, column: 5, endLine: 10, endColumn: 36 },
    ]);
  });

  it('warns when the main image is not a real shot, at that image', () => {
    const images = '  images:\n    - {url: a.jpg, real_shot: true}\n    - {url: b.jpg, main: true}\n    - {url: c.jpg}\n';
    expect(findings(body('mugs', images), CODE)).toEqual([
      { messageId: 'mainNotRealShot', severity: 'warning', line: 11, column: 7, endLine: 11, endColumn: 31 },
    ]);
  });

  it('warns about a listing without images at the spec (the closest existing parent)', () => {
    expect(findings(body('mugs'), CODE)).toEqual([{ messageId: 'tooFew', severity: 'warning', line: 4, column: 1, endLine: 4, endColumn: 5 }]);
  });

  it('accepts three images with a real-shot main image', () => {
    expect(findings(body('mugs', IMAGES), CODE)).toEqual([]);
  });
});
