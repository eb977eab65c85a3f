// What reading and writing files says when it cannot, in both languages (see i18n.ts).
import { defineMessages } from '../i18n.js';
import type { FileKind } from './safe-path.js';

const KINDS_EN: Record<FileKind, string> = {
  fifo: 'a FIFO (named pipe)',
  characterDevice: 'a character device',
  blockDevice: 'a block device',
  socket: 'a socket',
  directory: 'a directory',
  other: 'not a regular file',
};
const KINDS_ZH: Record<FileKind, string> = {
  fifo: '命名管道（FIFO）',
  characterDevice: '字符设备',
  blockDevice: '块设备',
  socket: '套接字',
  directory: '目录',
  other: '特殊文件',
};

const en = {
  noSuchFile: (p: { file: string }) => `${p.file}: no such file`,
  noSuchPath: (p: { file: string }) => `${p.file}: no such file or directory`,
  cannotRead: (p: { file: string; code: string }) => `${p.file}: cannot read (${p.code})`,
  noPolicyFiles: (p: { dir: string }) => `${p.dir}: no policy files (*.yaml, *.yml) found in this directory`,
  linkOutside: (p: { link: string; target: string; root: string }) =>
    `${p.link}: a symbolic link to the folder ${p.target}, outside the repository (${p.root}); it is not followed. Commit the files themselves.`,
  gitMissing: () => 'git is not installed or not on PATH; `storepolicy diff` needs it',
  /** git's own first line of stderr, as git said it */
  gitFailed: (p: { command: string; detail: string }) => `git ${p.command}: ${p.detail}`,
  notARepository: (p: { dir: string }) => `${p.dir} is not inside a git repository; \`storepolicy diff\` compares git revisions`,
  cannotWrite: (p: { target: string; code: string }) => `cannot write ${p.target}: ${p.code}`,
  exists: (p: { file: string }) => `${p.file} already exists; refusing to overwrite it`,
  notRegular: (p: { file: string; fileKind: FileKind }) => `${p.file}: ${KINDS_EN[p.fileKind]}, not a regular file; to stream rows, pipe them into \`-\``,
};

const zh: typeof en = {
  noSuchFile: (p) => `${p.file}：文件不存在`,
  noSuchPath: (p) => `${p.file}：文件或目录不存在`,
  cannotRead: (p) => `${p.file}：无法读取（${p.code}）`,
  noPolicyFiles: (p) => `${p.dir}：此目录下没有策略文件（*.yaml、*.yml）`,
  linkOutside: (p) => `${p.link}：指向仓库（${p.root}）之外目录 ${p.target} 的符号链接，不会跟随读取。请把文件本身提交到仓库。`,
  gitMissing: () => '未安装 git 或 git 不在 PATH 中；`storepolicy diff` 需要它',
  gitFailed: (p) => `git ${p.command} 失败：${p.detail}`,
  notARepository: (p) => `${p.dir} 不在 git 仓库中；\`storepolicy diff\` 比较的是 git 版本`,
  cannotWrite: (p) => `无法写入 ${p.target}：${p.code}`,
  exists: (p) => `${p.file} 已存在，不会覆盖`,
  notRegular: (p) => `${p.file}：是${KINDS_ZH[p.fileKind]}，不是普通文件；要以流的方式输入行，请用管道传给 \`-\``,
};

export const ioMessages = defineMessages('io', { en, zh });
