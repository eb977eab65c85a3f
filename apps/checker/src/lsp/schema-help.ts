import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePointer } from '@storepolicy/schema';

/** The part of a JSON Schema node the editor shows or uses for a placeholder. */
export interface SchemaInfo {
  title?: string;
  description?: string;
  type?: string | string[];
  examples?: unknown[];
}

type Node = Record<string, unknown>;

/**
 * Walks `schemas/*.schema.json` (the single source of truth, the same files
 * the YAML extension reads) from a document kind along a JSON pointer, so hover
 * and placeholders describe keys exactly as the schema does. The repository's
 * own `schemas/` folder wins over the one shipped beside this checker.
 */
export class SchemaHelp {
  private readonly files = new Map<string, Node | undefined>();

  constructor(private readonly root: string) {}

  at(kind: string, pointer: string): SchemaInfo | undefined {
    const file = `${kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.schema.json`;
    let nodes = this.resolve(file, this.load(file));
    let info = describe(nodes);
    for (const segment of parsePointer(pointer)) {
      const next: Array<[string, Node]> = [];
      for (const [owner, node] of nodes) {
        const child = /^\d+$/.test(segment) ? asNode(node.items) : asNode(asNode(node.properties)?.[segment]);
        if (child) next.push(...this.resolve(owner, child));
      }
      if (next.length === 0) return undefined;
      nodes = next;
      info = describe(nodes);
    }
    return info;
  }

  /** A node with its `$ref` followed and its `allOf`/`anyOf`/`oneOf`/`then`/`else` branches spread, each with the file it lives in. */
  private resolve(owner: string, node: Node | undefined, depth = 0): Array<[string, Node]> {
    if (!node || depth > 16) return [];
    const out: Array<[string, Node]> = [[owner, node]];
    if (typeof node.$ref === 'string') {
      const [refFile, fragment = ''] = node.$ref.split('#');
      const file = refFile || owner;
      const target = parsePointer(fragment).reduce<Node | undefined>((n, s) => asNode(n?.[s]), this.load(file));
      out.push(...this.resolve(file, target, depth + 1));
    }
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      if (Array.isArray(node[key])) for (const branch of node[key] as unknown[]) out.push(...this.resolve(owner, asNode(branch), depth + 1));
    }
    for (const key of ['then', 'else']) out.push(...this.resolve(owner, asNode(node[key]), depth + 1));
    return out;
  }

  private load(file: string): Node | undefined {
    if (!this.files.has(file)) {
      const candidates = [path.join(this.root, 'schemas', file), fileURLToPath(new URL(`../../../../schemas/${file}`, import.meta.url))];
      const found = candidates.find((c) => existsSync(c));
      let node: Node | undefined;
      try {
        node = found ? asNode(JSON.parse(readFileSync(found, 'utf8'))) : undefined;
      } catch {
        node = undefined; // a schema being edited may not parse: no help rather than a failed request
      }
      this.files.set(file, node);
    }
    return this.files.get(file);
  }
}

/** The first title, description, type and examples along the resolved chain (the referring site's own words first). */
function describe(nodes: ReadonlyArray<[string, Node]>): SchemaInfo {
  const info: SchemaInfo = {};
  for (const [, node] of nodes) {
    if (info.title === undefined && typeof node.title === 'string') info.title = node.title;
    if (info.description === undefined && typeof node.description === 'string') info.description = node.description;
    if (info.type === undefined && (typeof node.type === 'string' || Array.isArray(node.type))) info.type = node.type as string | string[];
    if (info.examples === undefined && Array.isArray(node.examples)) info.examples = node.examples;
  }
  return info;
}

function asNode(value: unknown): Node | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
}
