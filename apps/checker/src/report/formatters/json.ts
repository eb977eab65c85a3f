import type { Formatter } from '../model.js';

/** SPEC section 7 JSON: a stable contract other tools read. */
export const formatJson: Formatter = (report) => {
  const diagnostics = report.diagnostics.map((d) => {
    const out: Record<string, unknown> = {
      code: d.code,
      severity: d.severity,
      messageId: d.messageId,
      message: d.message,
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      pointer: d.pointer,
      ...(d.row === undefined ? {} : { row: d.row }),
      ...(d.sku === undefined ? {} : { sku: d.sku }),
      related: d.related.map((r) => ({
        message: r.message,
        file: r.file,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
      })),
    };
    if (d.hint !== undefined) out.hint = d.hint;
    out.docs = d.docs;
    // a baseline's known finding names its baseline; a waived one its waiver
    if (d.waivedBy?.baseline) out.baseline = d.waivedBy.file;
    else if (d.waivedBy) out.waivedBy = d.waivedBy;
    return out;
  });
  const body: Record<string, unknown> = { version: report.version, summary: report.summary, diagnostics };
  if (report.prices) body.prices = report.prices;
  return JSON.stringify(body, null, 2);
};
