import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { langOption } from '../options.js';

const en = {
  description: 'run the checker as a language server (LSP) for editors: every finding while you type',
  stdio: 'talk LSP over stdin and stdout (the default)',
  socket: 'connect to the editor listening on this TCP port of 127.0.0.1 instead',
  lang: "message language (default: the editor's locale)",
  policies: 'the policies folder, relative to the workspace root',
  now: 'judge time-dependent rules (waiver expiry) at this ISO time instead of the clock',
  maxFileSize: 'refuse policy files larger than this',
  waiverMaxDays: 'longest exception a Waiver may grant, in days from now (default 90)',
};

const zh: typeof en = {
  description: '作为编辑器的语言服务器（LSP）运行检查器：边输入边给出每条发现',
  stdio: '通过标准输入和标准输出通信（默认）',
  socket: '改为连接在 127.0.0.1 的此 TCP 端口上监听的编辑器',
  lang: '消息语言（默认：编辑器的语言设置）',
  policies: '策略目录，相对于工作区根目录',
  now: '按此 ISO 时间而不是当前时钟判断与时间有关的规则（豁免是否过期）',
  maxFileSize: '拒绝大于此字节数的策略文件',
  waiverMaxDays: '豁免（Waiver）最长可给的期限，从现在起算的天数（默认 90）',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineLsp(program: Command, lang: Lang): void {
  const t = TEXT[lang];
  program
    .command('lsp')
    .description(t.description)
    .option('--stdio', t.stdio)
    .option('--socket <port>', t.socket)
    .addOption(langOption(lang, t.lang))
    .option('--policies <dir>', t.policies, 'policies')
    .option('--now <time>', t.now)
    .option('--max-file-size <bytes>', t.maxFileSize, String(4 * 1024 * 1024))
    .option('--waiver-max-days <days>', t.waiverMaxDays)
    // editors add their own flags (`--clientProcessId=...`); they must not stop the server
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (raw: Record<string, unknown>) => {
      const { runLsp } = await import('./lsp.run.js');
      await runLsp(raw);
    });
}
