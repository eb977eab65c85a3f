import type { Command } from 'commander';

export function defineServe(program: Command): void {
  program
    .command('serve')
    .description('start the operator console: a local web page to plan and dry-run promotions')
    .option('--store <dir>', "serve one store's policy folder (default: every store under policies/)")
    .option('--port <n>', 'port to listen on (0 = any free port)', '4178')
    .option('--host <address>', 'address to bind; anything but loopback needs --token', '127.0.0.1')
    .option('--token <token>', 'the write token to require (default: a fresh random one per session)')
    .option('--open', 'open the console in the default browser')
    .option('--debug', 'print stack traces for internal errors')
    .action(async (raw: Record<string, unknown>) => {
      const { runServe } = await import('../serve/run.js');
      process.exitCode = await runServe(raw);
    });
}
