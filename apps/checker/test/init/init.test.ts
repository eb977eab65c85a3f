import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_ID } from '../../src/commands/init.run.js';
import { runCli, STACK_TRACE } from '../validate/run-cli.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const POLICIES = path.join(REPO, 'policies');

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A copy of the repository's policies/ (the template stores and the law baseline) to scaffold into. */
function workspace(): string {
  work = mkdtempSync(path.join(tmpdir(), 'storepolicy-init-'));
  cpSync(POLICIES, path.join(work, 'policies'), { recursive: true });
  return work;
}

const yamlFiles = (dir: string) => readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();

describe('storepolicy init', () => {
  it('scaffolds a store from demo-apparel that validates clean', async () => {
    const cwd = workspace();
    const result = await runCli(['init', 'acme-shoes'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const target = path.join(cwd, 'policies/acme-shoes');
    const copied = yamlFiles(path.join(cwd, 'policies/demo-apparel')).filter((name) => !readFileSync(path.join(cwd, 'policies/demo-apparel', name), 'utf8').match(/^kind: (Promotion|Waiver|PolicyTest|Listing)$/m));
    expect(readdirSync(target).sort()).toEqual(copied);
    expect(result.stdout).toContain('created policies/acme-shoes/ from policies/demo-apparel/:');
    expect(result.stdout).toMatch(/not copied \(the template's own promotions, waivers, tests and data\): .*catalog\.csv.*promotions\//);
    const validate = await runCli(['validate', 'policies/acme-shoes', '--format', 'json'], { cwd });
    expect(JSON.parse(validate.stdout).diagnostics).toEqual([]);
    expect(validate.code).toBe(0);
    // nothing left behind from the staging step
    expect(readdirSync(path.join(cwd, 'policies')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('changes only the store id lines: comments, quoting and layout are kept', async () => {
    const cwd = workspace();
    expect((await runCli(['init', 'acme'], { cwd })).code).toBe(0);
    for (const name of yamlFiles(path.join(cwd, 'policies/acme'))) {
      const before = readFileSync(path.join(cwd, 'policies/demo-apparel', name), 'utf8');
      const after = readFileSync(path.join(cwd, 'policies/acme', name), 'utf8');
      let expected = before.replace(/^(\s+store: )demo-apparel$/m, '$1acme');
      if (/^kind: Store$/m.test(before)) {
        expected = expected
          .replace(/^(\s+id: )demo-apparel$/m, '$1acme')
          .replace(/^(\s+)display_name:/m, "$1# copied from demo-apparel: set your shop's name as buyers see it\n$1display_name:")
          .replace(/^(\s+)metrics:/m, "$1# copied from demo-apparel: replace with your store's figures from the seller dashboard\n$1metrics:");
      }
      expect(after, name).toBe(expected);
      expect(after).not.toContain('demo-apparel\n');
    }
  });

  it('takes another template with --from and another folder with --dir', async () => {
    const cwd = workspace();
    cpSync(path.join(cwd, 'policies'), path.join(cwd, 'shops'), { recursive: true });
    const result = await runCli(['init', 'snack-bar', '--from', 'demo-food', '--dir', 'shops'], { cwd });
    expect(result.code).toBe(0);
    expect(existsSync(path.join(cwd, 'shops/snack-bar/store.yaml'))).toBe(true);
    expect(existsSync(path.join(cwd, 'policies/snack-bar'))).toBe(false);
    expect((await runCli(['validate', 'shops/snack-bar'], { cwd })).code).toBe(0);
  });

  it('refuses to overwrite an existing file, and writes nothing at all', async () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, 'policies/acme'));
    writeFileSync(path.join(cwd, 'policies/acme/store.yaml'), '# mine\n');
    const result = await runCli(['init', 'acme'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('storepolicy: policies/acme/store.yaml already exists; init never overwrites a file, so nothing was written\n');
    expect(readdirSync(path.join(cwd, 'policies/acme'))).toEqual(['store.yaml']);
    expect(readFileSync(path.join(cwd, 'policies/acme/store.yaml'), 'utf8')).toBe('# mine\n');
  });

  it('fills an existing folder that has no conflicting file', async () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, 'policies/acme'));
    writeFileSync(path.join(cwd, 'policies/acme/catalog.csv'), 'sku,title\n');
    expect((await runCli(['init', 'acme'], { cwd })).code).toBe(0);
    expect(readdirSync(path.join(cwd, 'policies/acme'))).toContain('store.yaml');
    expect(readFileSync(path.join(cwd, 'policies/acme/catalog.csv'), 'utf8')).toBe('sku,title\n');
  });

  it('refuses a template that would not validate, writing nothing', async () => {
    const cwd = workspace();
    const broken = path.join(cwd, 'policies/broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'store.yaml'), 'apiVersion: storepolicy/v1\nkind: Store\nmetadata:\n  store: broken\n  name: store\nspec:\n  platfrom: taobao\n');
    const result = await runCli(['init', 'acme', '--from', 'broken'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^storepolicy: the scaffold would not validate \(policies\/acme\/store\.yaml:\d+:\d+ schema\/[a-z-]+\); run `storepolicy validate policies\/broken` and fix the template first\. Nothing was written\n$/);
    expect(existsSync(path.join(cwd, 'policies/acme'))).toBe(false);
  });

  it.each([['Acme'], ['_base'], ['1shop'], ['shop name'], ['a'.repeat(65)]])('refuses the store id %j with exit 2', async (id) => {
    const cwd = workspace();
    const result = await runCli(['init', id], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${id}" is not a valid store id`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(path.join(cwd, 'policies')).sort()).toEqual(readdirSync(POLICIES).sort());
  });

  it('names the stores it knows when the template does not exist', async () => {
    const cwd = workspace();
    const result = await runCli(['init', 'acme', '--from', 'demo-aparel'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^storepolicy: template store policies\/demo-aparel not found; stores in policies: .*demo-apparel/);
  });

  it("accepts exactly the ids the schema's id pattern accepts", () => {
    const common = JSON.parse(readFileSync(path.join(REPO, 'schemas/common.schema.json'), 'utf8')) as { $defs: { id: { pattern: string } } };
    expect(STORE_ID.source).toBe(common.$defs.id.pattern);
  });
});
