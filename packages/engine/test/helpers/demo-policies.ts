import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYaml, validateStructure, type PolicyDocument } from '@storepolicy/schema';

export const POLICIES = fileURLToPath(new URL('../../../../policies/', import.meta.url));

/** The demo repository as `validate` sees it: structurally valid documents only, named `policies/...`. */
export function loadDemoPolicies(): PolicyDocument[] {
  const documents: PolicyDocument[] = [];
  for (const relative of readdirSync(POLICIES, { recursive: true }) as string[]) {
    if (!relative.endsWith('.yaml')) continue;
    const file = path.posix.join('policies', relative.split(path.sep).join('/'));
    const loaded = loadYaml(file, readFileSync(path.join(POLICIES, relative)));
    documents.push(...loaded.documents.filter((doc) => validateStructure(doc).length === 0));
  }
  return documents;
}
