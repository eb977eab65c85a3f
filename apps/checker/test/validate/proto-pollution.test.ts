import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/io/project.js';
import { FIXTURES } from './run-cli.js';

// The CLI test sees `__proto__` reported as an unknown key; this one checks,
// in the same process, that loading it changed no prototype.
describe('loading __proto__ / constructor keys', () => {
  it('keeps them as own data properties and pollutes nothing', () => {
    const project = loadProject([path.join(FIXTURES, 'broken/proto-keys.yaml')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const codes = project.diagnostics.map((d) => `${d.code} ${d.pointer}`);
    expect(codes).toContain('schema/unknown-key /__proto__');
    expect(codes).toContain('schema/unknown-key /metadata/constructor');
  });
});
