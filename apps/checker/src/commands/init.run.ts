import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { buildScaffold, checkScaffold } from './init-template.js';
import { writeStoreFolder } from './init-write.js';
import { emit } from '../io/output.js';
import { defaultPoliciesDir } from '../io/repo-root.js';
import { invocation, runtime } from '../io/runtime.js';

/** `metadata.store` of common.schema.json, minus the reserved `_base` (a test keeps them equal). */
export const STORE_ID = /^[a-z][a-z0-9_-]{0,63}$/;

const optionsSchema = z.object({ from: z.string().min(1), dir: z.string().min(1).optional() });

/** `storepolicy init <store>`: 0 when created; 2 for a bad id, a missing template or an existing file. */
export async function runInit(storeId: string, raw: Record<string, unknown>): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(m.invalidOption({ option: '', detail: parsed.error.issues[0]?.message ?? 'invalid' }));
  const { from } = parsed.data;
  const dir = parsed.data.dir ?? defaultPoliciesDir();
  if (!STORE_ID.test(storeId)) {
    throw new UsageError(m.storeId({ id: storeId }));
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(m.noPoliciesDir({ dir }));
  const templateDir = path.join(dir, from);
  if (!existsSync(templateDir) || !statSync(templateDir).isDirectory()) {
    const stores = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('_') && !e.name.startsWith('.'));
    throw new UsageError(m.noTemplate({ template: templateDir, dir, stores: stores.map((e) => e.name).join(', ') }));
  }
  const target = path.join(dir, storeId);
  const scaffold = buildScaffold(templateDir, storeId);
  const problems = checkScaffold(target, scaffold);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new UsageError(m.scaffoldInvalid({ at: `${first.file}:${first.line}:${first.column}`, code: first.code, template: templateDir }));
  }
  writeStoreFolder(target, scaffold.files);
  const lang = runtime().lang;
  const lines = [m.initCreated({ target, template: templateDir }).render(lang), ...scaffold.files.map((f) => `  ${path.join(target, f.name)}`)];
  if (scaffold.skipped.length > 0) lines.push(m.initNotCopied({ names: scaffold.skipped.map((s) => s.name).join(', ') }).render(lang));
  lines.push(m.initNext({ command: `${invocation()} validate ${target}` }).render(lang));
  emit(lines.join('\n'), undefined);
  return 0;
}
