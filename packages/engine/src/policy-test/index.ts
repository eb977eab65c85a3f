// Public surface of policy tests (issue 5): `storepolicy test` is a thin shell around these.
export { runPolicyTests, uncoveredRules } from './run.js';
export { runCase } from './run-case.js';
export { inputFilesOf, resolveInputFile } from './input-documents.js';
export { composeCase } from './compose.js';
export type { CaseFailure, CaseResult, DryRun, LoadedInputFile, PolicyTestRun, PolicyTestRunInput } from './types.js';
