// Why an NDJSON line is not JSON, as one of our message ids, never the
// V8's own English text (whose wording also changes between Node releases).
// JSON.parse stays the reader; jsonc-parser (Microsoft's, used by VS Code)
// runs only on a line JSON.parse refused, strict (no comments, no trailing
// commas), to name the first problem and where it is.
//
// Loaded on the first refused line only: checker threads start without it
// (test/listing/worker-imports.test.ts), and a clean catalogue never needs it.
import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';

let jsonc: typeof Jsonc | undefined;
/** jsonc-parser, loaded on first use. */
export function jsoncParser(): typeof Jsonc {
  jsonc ??= createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc;
  return jsonc;
}

export interface JsonProblem {
  /** A message id of `listing/input` (`jsonKey`, `jsonComma`…). */
  messageId: string;
  /** 0-based UTF-16 offset of the problem in the line. */
  offset: number;
  params: Record<string, string>;
}

// by name: ParseErrorCode is a const enum, which this build (verbatimModuleSyntax) cannot read
const BY_CODE: Record<string, string> = {
  InvalidSymbol: 'jsonChar',
  InvalidCharacter: 'jsonChar',
  PropertyNameExpected: 'jsonKey',
  ValueExpected: 'jsonValue',
  InvalidNumberFormat: 'jsonNumber',
  UnexpectedEndOfNumber: 'jsonNumber',
  ColonExpected: 'jsonColon',
  CommaExpected: 'jsonComma',
  CloseBraceExpected: 'jsonClose',
  CloseBracketExpected: 'jsonClose',
  EndOfFileExpected: 'jsonTrailing',
  InvalidCommentToken: 'jsonComment',
  UnexpectedEndOfComment: 'jsonComment',
  UnexpectedEndOfString: 'jsonString',
  InvalidEscapeCharacter: 'jsonEscape',
  InvalidUnicode: 'jsonEscape',
};

/** Every message id jsonProblem gives: a row with one of them could not be read. */
export const JSON_MESSAGE_IDS: readonly string[] = ['json', 'jsonEnd', ...new Set(Object.values(BY_CODE))];

/** The first problem of a line JSON.parse refused; `json` (no detail) if the strict parser finds none. */
export function jsonProblem(text: string): JsonProblem {
  const { parse, printParseErrorCode } = jsoncParser();
  const errors: Jsonc.ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { messageId: 'json', offset: -1, params: {} };
  const code = printParseErrorCode(first.error);
  let messageId = BY_CODE[code] ?? 'json';
  // `01`: the strict parser reads the number 0 and wants a comma before the 1; say what is wrong with the number
  if (messageId === 'jsonComma' && /\d/.test(text[first.offset] ?? '') && /\d/.test(text[first.offset - 1] ?? '')) messageId = 'jsonNumber';
  const params: Record<string, string> = {};
  if (messageId === 'jsonChar') params.char = shown(String.fromCodePoint(text.codePointAt(first.offset) ?? 0x20));
  if (messageId === 'jsonClose') params.close = code === 'CloseBracketExpected' ? ']' : '}';
  if (messageId === 'jsonValue' && first.offset >= text.length) return { messageId: 'jsonEnd', offset: text.length, params };
  return { messageId, offset: first.offset, params };
}

/** A character as a reader can see it: control and invisible characters by code point. */
function shown(char: string): string {
  return /^[\p{Cc}\p{Cf}\p{Z}]$/u.test(char) ? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
}
