// The report formats, apart from options.ts so the run modules that parse
// options (parse-options.ts) do not load commander a second time: the started
// CLI carries its own copy inside the bundled dist/cli.js.
export const FORMATS = ['pretty', 'json', 'github', 'sarif', 'junit', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** `storepolicy test`'s formats; here, not in test.define.ts, so test.run.ts never imports a definition (and commander). */
export const TEST_FORMATS = ['pretty', 'json', 'junit', 'github'] as const;
