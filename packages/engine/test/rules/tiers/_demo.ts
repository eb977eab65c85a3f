import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const KIND_FILES = ['store.yaml', 'member-tiers.yaml', 'after-sales.yaml', 'packing.yaml'];

/**
 * The four policy files of a demo store, keyed by repository path, optionally
 * with one text replacement (the "deliberately broken copy"). The replaced
 * text must exist, so a demo edit cannot silently turn a test into a no-op.
 */
export function demoStore(
  store: 'demo-apparel' | 'demo-food',
  edit?: { file: string; from: string; to: string },
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of KIND_FILES) {
    const path = `policies/${store}/${name}`;
    let text = readFileSync(repoRoot + path, 'utf8');
    if (edit && edit.file === name) {
      if (!text.includes(edit.from)) throw new Error(`${path} no longer contains ${JSON.stringify(edit.from)}`);
      text = text.replace(edit.from, edit.to);
    }
    files[path] = text;
  }
  return files;
}
