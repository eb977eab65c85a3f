// The last hand-written output blocks of the guides are now generated from
// fixtures in the repository (issue 11); these tests fail if one of them goes
// back to being typed by hand, and check the generator's `from=` excerpt.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (page: string) => readFileSync(path.join(ROOT, page), 'utf8');

describe('generated excerpts in the guides', () => {
  it('the listings guide shows row 11 of the demo export as an excerpt the CLI printed', () => {
    expect(read('docs/guide/listings.md')).toMatch(
      /<!-- sample: from=ACC-007 head=4 -->\n```\n\$ storepolicy check listing policies\/demo-apparel\/catalog-export.csv --encoding gb18030\n… \(shortened here\)\npolicies\/demo-apparel\/catalog-export.csv:13 \(row 11\) ACC-007\n  error listing\/input Row 11: /,
    );
  });

  it('the promotions guide runs a bad catalogue that is a file in the repository, not /tmp', () => {
    const guide = read('docs/guide/promotions-cli.md');
    expect(guide).not.toContain('/tmp/catalog.csv');
    expect(guide).toContain('<!-- sample: file=examples/catalogues/bad-price.csv -->\n```csv\n');
    expect(guide).toMatch(/--catalog examples\/catalogues\/bad-price.csv --now [^\n]+\nstorepolicy: the catalogue has 1 error; fix it and run again\n  examples\/catalogues\/bad-price.csv:3:50: list_price: "259.001"/);
  });

  it('the language-server exchange in the README and the editor guide is what the real server sent', () => {
    const readme = read('README.md');
    const editor = read('docs/guide/editor.md');
    expect(readme).toMatch(/<!-- sample: script=scripts\/lsp-transcript.mjs args=brief -->\n```\n--> didOpen member-tiers.yaml[^\n]*\n<-- publishDiagnostics \d+:\d+-\d+:\d+ error tiers\/threshold-order: /);
    expect(editor).toMatch(/<!-- sample: script=scripts\/lsp-transcript.mjs -->\n```\n--> textDocument\/didOpen [^\n]*\n<-- textDocument\/publishDiagnostics\n    range \d+:\d+-\d+:\d+  severity 1  code tiers\/threshold-order/);
    // the hand-typed transcript had drifted a line from what the server sends (35 for 36)
    expect(editor).toContain('range 36:23-36:26');
  });

  it('the pull-request guide runs storepolicy diff on real edits (a patch applied in a throw-away repository), nothing skipped', () => {
    const guide = read('docs/guide/pull-requests.md');
    expect(guide).not.toMatch(/<!-- sample: skip/);
    expect(guide).toMatch(/<!-- sample: git=examples\/pull-request\/edits.patch -->\n```\n\$ storepolicy diff --base HEAD\nstorepolicy diff HEAD \([0-9a-f]{7}\) -> working tree\n/);
    // the hand-typed sample had the svip lines at 45 and 47
    expect(guide).toContain('policies/demo-apparel/member-tiers.yaml:49:24 loosens svip pays 85% instead of 90%');
    expect(guide).toMatch(/edits.patch head=59 -->\n```json\n\$ storepolicy diff [^\n]+ --format json\n\{\n  "version": 1,/);
    expect(guide).toMatch(/edits.patch -->\n```markdown\n\$ storepolicy diff [^\n]+ --format markdown\n<!-- storepolicy-diff -->\n/);
  });

  // each failing example is a file under docs/rules/<area>/examples/, shown from the file, and the
  // output under it is what `storepolicy validate` prints for it
  it.each([
    ['schema/enum', ['enum']],
    ['schema/format', ['format']],
    ['schema/range', ['range', 'range-decimals']],
    ['schema/required', ['required']],
    ['schema/type', ['type']],
    ['schema/unknown-key', ['unknown-key']],
    ['yaml/alias-limit', ['alias-limit']],
    ['yaml/duplicate-key', ['duplicate-key']],
    ['yaml/syntax', ['syntax']],
  ] as const)('the %s page runs its failing example', (code, examples) => {
    const page = read(`docs/rules/${code}.md`);
    const area = code.split('/')[0]!;
    for (const name of examples) {
      const fixture = `docs/rules/${area}/examples/${name}.yaml`;
      const escaped = fixture.replace(/[.]/g, '\\.');
      expect(page).toContain(`<!-- sample: file=${fixture} -->\n\`\`\`yaml\n`);
      // the finding the page is about, located in the fixture, under the command that found it
      expect(page).toMatch(new RegExp(`\\$ storepolicy validate ${escaped}\\n${escaped}:\\d+:\\d+  error  ${code}\\n`));
    }
  });

  it.each([
    ['yaml/encoding', '$ storepolicy validate docs/rules/yaml/examples/encoding.yaml\ndocs/rules/yaml/examples/encoding.yaml:6:21  error  yaml/encoding\n'],
    ['yaml/too-large', '--max-file-size 4096\npolicies/_base/cn-regulations.yaml:1:1  error  yaml/too-large\n'],
    ['listing/input', '--store policies/demo-apparel\ndocs/rules/listing/examples/input.ndjson:1 DRS-004\n  error listing/input Row 1: price "12.345"'],
    ['listing/not-checked', '<!-- sample: remove=policies/demo-food/packing.yaml -->\n```\n$ storepolicy check listing docs/rules/listing/examples/not-checked.ndjson --store policies/demo-food\n'],
    ['ref/duplicate', '\n… (shortened here)\npolicies/demo-apparel/tiers-2027.yaml:2:7  error  ref/duplicate\n'],
    ['promotion/tier-inversion', '--now 2026-11-07T10:00:00+08:00\n… (shortened here)\npolicies/demo-apparel/promotions/double11-every-300-off-40.yaml:19:12  warning  promotion/tier-inversion\n'],
  ] as const)('the %s page shows what the CLI printed for its example', (code, excerpt) => {
    expect(read(`docs/rules/${code}.md`)).toContain(excerpt);
  });

  it('the not-checked and no-baseline examples run on a copy of policies/ with the file deleted', () => {
    expect(read('docs/rules/listing/not-checked.md')).toContain('Store "demo-food" has no PackingStandard (packing.yaml)');
    expect(read('docs/rules/compliance/no-baseline.md')).toMatch(
      /<!-- sample: remove=policies\/_base -->\n```\n\$ storepolicy check listing [^\n]+\nstorepolicy: policies\/demo-food\/compliance.yaml:12:12: compliance\/no-baseline extends /,
    );
  });

  it('the path/not-allowed page runs its example, with the checkout path written the same on every machine', () => {
    const page = read('docs/rules/path/not-allowed.md');
    expect(page).toContain('<!-- sample: file=docs/rules/path/examples/outside/compliance.yaml -->\n```yaml\n');
    expect(page).toMatch(/\$ storepolicy validate docs\/rules\/path\/examples\/outside\n[\s\S]*?compliance.yaml:5:12  error  path\/not-allowed\n[^\n]* resolves outside the repository \(\/path\/to\/storepolicy\);/);
    expect(page).not.toContain(ROOT.replace(/\/$/, ''));
  });

  it('from= starts at the anchor, says where it cut, and drifts when the anchor is gone', async () => {
    const { shorten } = (await import(pathToFileURL(path.join(ROOT, 'scripts/doc-samples.mjs')).href)) as {
      shorten: (output: string, head?: string, tail?: string, from?: string) => string[];
    };
    expect(shorten('a\nb\nc\nd', '2', undefined, 'b')).toEqual(['… (shortened here)', 'b', 'c', '… (shortened here)']);
    expect(shorten('a\nb', '2', undefined, 'a')).toEqual(['a', 'b']);
    expect(shorten('a\nb', '2', undefined, 'NO-SUCH-SKU')).toEqual(['(no line contains "NO-SUCH-SKU")']);
  });
});
