import { afterEach, describe, expect, it, vi } from 'vitest';
import { STACK_TRACE } from './run-cli.js';

// The only clean way to provoke a bug is to make the command's work module
// throw; the top-level handler in program.ts is what is under test.
vi.mock('../../src/commands/validate.run.js', () => ({
  runValidate: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'tiers')");
  },
}));

const { main } = await import('../../src/program.js');

async function run(argv: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  try {
    const code = await main(['node', 'storepolicy', ...argv]);
    return { code, stderr, stdout };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

describe('storepolicy: internal errors', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('exits 3 with a one-line report request and no stack trace', async () => {
    const { code, stderr, stdout } = await run(['validate', 'clean']);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "storepolicy: internal error: Cannot read properties of undefined (reading 'tiers')\n" +
        'This is a bug in storepolicy; please report it with the command you ran (add --debug for details).\n',
    );
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('says so in Chinese under --lang zh (what the error itself says stays as it was thrown)', async () => {
    const { code, stderr } = await run(['validate', 'clean', '--lang', 'zh']);
    expect(code).toBe(3);
    expect(stderr).toBe(
      "storepolicy: 内部错误：Cannot read properties of undefined (reading 'tiers')\n" +
        '这是 storepolicy 的缺陷，请连同所运行的命令一起报告（加 --debug 可查看详情）。\n',
    );
  });

  it('prints the stack trace with --debug', async () => {
    const { code, stderr } = await run(['validate', 'clean', '--debug']);
    expect(code).toBe(3);
    expect(stderr).toMatch(STACK_TRACE);
    expect(stderr).toContain('TypeError');
  });
});
