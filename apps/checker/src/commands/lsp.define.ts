import { Option, type Command } from 'commander';

export function defineLsp(program: Command): void {
  program
    .command('lsp')
    .description('run the checker as a language server (LSP) for editors: every finding while you type')
    .option('--stdio', 'talk LSP over stdin and stdout (the default)')
    .option('--socket <port>', 'connect to the editor listening on this TCP port of 127.0.0.1 instead')
    .addOption(new Option('--lang <lang>', "message language (default: the editor's locale)").choices(['en', 'zh']))
    .option('--policies <dir>', 'the policies folder, relative to the workspace root', 'policies')
    .option('--now <time>', 'judge time-dependent rules (waiver expiry) at this ISO time instead of the clock')
    .option('--max-file-size <bytes>', 'refuse policy files larger than this', String(4 * 1024 * 1024))
    .option('--waiver-max-days <days>', 'longest exception a Waiver may grant, in days from now (default 90)')
    // editors add their own flags (`--clientProcessId=...`); they must not stop the server
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (raw: Record<string, unknown>) => {
      const { runLsp } = await import('./lsp.run.js');
      await runLsp(raw);
    });
}
