import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/rules/after-sales/index.js';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

// One rule, one doc page: the page exists, is titled with the code and states the severity.
describe('after-sales rule docs', () => {
  for (const { meta } of rules) {
    it(`${meta.code} has a doc page that matches its metadata`, () => {
      const page = readFileSync(`${repoRoot}docs/rules/${meta.code}.md`, 'utf8');
      expect(page.split('\n')[0]).toBe(`# ${meta.code}`);
      expect(page).toContain(`Severity: **${meta.severity}**`);
      expect(page.includes('*(law)*')).toBe(meta.law === true);
      for (const [id, entry] of Object.entries(meta.messages)) {
        expect.soft(entry.message.en, `${id} en`).not.toBe('');
        expect.soft(/\p{Script=Han}/u.test(entry.message.zh), `${id} zh is Chinese`).toBe(true);
      }
    });
  }
});
