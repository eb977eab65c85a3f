import type { Lang } from '@storepolicy/schema/core';
import type { Command } from 'commander';
import { langOption, SHARED_TEXT } from '../options.js';

const en = {
  description: 'start the operator console: a local web page to plan and dry-run promotions',
  store: "serve one store's policy folder (default: every store under policies/)",
  port: 'port to listen on (0 = any free port)',
  host: 'address to bind; anything but loopback needs --token',
  token: 'the write token to require (default: a fresh random one per session)',
  open: 'open the console in the default browser',
};

const zh: typeof en = {
  description: '启动运营控制台：在本地网页上规划和试算促销',
  store: '只提供一个店铺的策略目录（默认：policies/ 下的每个店铺）',
  port: '监听的端口（0 = 任一空闲端口）',
  host: '绑定的地址；回环地址以外的都需要 --token',
  token: '要求的写入令牌（默认：每次会话新生成一个随机令牌）',
  open: '在默认浏览器中打开控制台',
};

const TEXT: Record<Lang, typeof en> = { en, zh };

export function defineServe(program: Command, lang: Lang): void {
  const t = TEXT[lang];
  program
    .command('serve')
    .description(t.description)
    .option('--store <dir>', t.store)
    .option('--port <n>', t.port, '4178')
    .option('--host <address>', t.host, '127.0.0.1')
    .option('--token <token>', t.token)
    .option('--open', t.open)
    .addOption(langOption(lang))
    .option('--debug', SHARED_TEXT[lang].debug)
    .action(async (raw: Record<string, unknown>) => {
      const { runServe } = await import('../serve/run.js');
      process.exitCode = await runServe(raw);
    });
}
