import { docsPathFor, type Diagnostic, type PolicyDocument } from '@storepolicy/schema';
import type { Refused } from './safe-path.js';

const CODE = 'path/not-allowed';

/** `path/not-allowed` at the value that names the path (`/spec/extends`). */
export function refusedAt(refusal: Refused, doc: PolicyDocument, pointer: string): Diagnostic {
  return { ...base(refusal, doc.file, pointer), ...doc.locate(pointer) };
}

/** `path/not-allowed` for a file met on its own (a walked folder's entry, a named file): at its start. */
export function refusedFile(refusal: Refused): Diagnostic {
  return { ...base(refusal, refusal.path, ''), line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function base(refusal: Refused, file: string, pointer: string): Omit<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const { reason, ...params } = refusal;
  return {
    code: CODE,
    severity: 'error',
    messageId: `${CODE}.${reason}`,
    params: params as Record<string, string>,
    file,
    pointer,
    related: [],
    docs: docsPathFor(CODE),
  };
}
