import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The repository's `docs/rules/` folder, found from where this module lives
 * (`apps/checker/{src,dist}/commands/` -> repository root), so `storepolicy
 * rules <code>` works from any working directory.
 */
export const RULE_DOCS_DIR = fileURLToPath(new URL('../../../../docs/rules/', import.meta.url));

export function ruleDocFile(code: string): string {
  return `${RULE_DOCS_DIR}${code}.md`;
}

/** The doc page of a rule, or undefined when this installation has no docs folder. */
export function readRuleDoc(code: string): string | undefined {
  const file = ruleDocFile(code);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
