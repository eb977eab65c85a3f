// Every table of the CLI's own messages has each id in English and Chinese,
// and the Chinese words are Chinese: a key added in English only does not
// compile (i18n.ts), and an English sentence pasted into the zh table fails here.
import { describe, expect, it } from 'vitest';
import { TABLE, type DefinedMessages } from '../../src/i18n.js';
import { cliMessages } from '../../src/messages.js';
import { catalogMessages } from '../../src/catalog/messages.js';
import { commandMessages } from '../../src/commands/messages.js';
import { ioMessages } from '../../src/io/messages.js';
import { listingMessages } from '../../src/listing/messages.js';
import { serveMessages } from '../../src/serve/messages.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const TABLES: DefinedMessages<any>[] = [cliMessages, catalogMessages, commandMessages, ioMessages, listingMessages, serveMessages];

/** Parameters of a closed set of values get one of them; every other parameter a marked placeholder. */
const CLOSED: Record<string, string> = { what: 'catalogue', fileKind: 'fifo' };
const sample = new Proxy({} as Record<string, unknown>, {
  get: (_, key) => (typeof key === 'string' ? (CLOSED[key] ?? `«${key}»`) : undefined),
});

/**
 * What may stay in Latin letters inside a Chinese message: the names of
 * commands, options, formats, encodings and fields a user types as they are.
 */
const KEEP = new Set(
  (
    'storepolicy git YAML JSON CSV NDJSON UTF GBK GB Excel xlsx zip API Host FIFO SKU ISO TCP Ctrl LSP Listing Promotion kind ' +
    'body error sku code field text findings version title category price description attributes images inserts ' +
    'name type validate rules diff init serve metadata store policies PATH utf gb gbk ndjson acme shoes IANA id YYYY MM DD base MB'
  ).split(' '),
);

/** The Latin words of a rendered message that are not options, paths, codes, placeholders or names kept as typed. */
function englishWords(text: string): string[] {
  const stripped = text
    .replace(/«[^»]*»/g, ' ') // parameters
    .replace(/`[^`]*`/g, ' ') // commands to type
    .replace(/(^|\s|[（(：:'"])-{1,2}[a-z][a-z-]*/g, ' ') // options
    .replace(/[\w.<>*[\]-]*[./<>*_[\]][\w.<>*[\]-]*/g, ' ') // paths, globs, codes, field paths
    .replace(/\{[^}]*\}/g, ' '); // a JSON shape shown as an example
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !KEEP.has(word));
}

describe('message tables', () => {
  it('are six, named once each', () => {
    expect(new Set(TABLES.map((t) => t[TABLE].name))).toEqual(new Set(['cli', 'catalog', 'commands', 'io', 'listing', 'serve']));
  });

  for (const table of TABLES) {
    const { en, zh, name } = table[TABLE];
    describe(name, () => {
      it('has every id in both languages', () => {
        expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      });
      for (const id of Object.keys(en)) {
        it(`${name}.${id}: zh is Chinese, en has no Chinese but what the user typed`, () => {
          const message = table[id]!(sample);
          expect(message.id).toBe(`${name}.${id}`);
          const zhText = message.render('zh');
          const enText = message.render('en');
          // CJK words or full-width punctuation (a message of only a file and its cause)
          expect(zhText).toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
          expect(englishWords(zhText), zhText).toEqual([]);
          expect(zhText).not.toContain('undefined');
          expect(enText).not.toContain('undefined');
          // Chinese in an English message only as an example of a Chinese column name
          expect(enText.replace(/宝贝名称/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
        });
      }
    });
  }

  it('a message given as a parameter is rendered in the language of the message around it', () => {
    const inner = listingMessages.columnsEntry({ part: '货品名' });
    const outer = listingMessages.inFile({ file: 'a.csv', cause: inner });
    expect(outer.render('en')).toBe('a.csv: --columns "货品名": expected column=field, e.g. 宝贝名称=title');
    expect(outer.render('zh')).toBe('a.csv：--columns "货品名"：应为 列名=字段，例如 宝贝名称=title');
  });
});
