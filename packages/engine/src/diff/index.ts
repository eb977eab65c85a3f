// Semantic diff of two revisions of the policies (pure: the CLI reads git).
export type { ChangeClass, ChangeLocation, ChangeType, FieldSemantics, PolicyChange } from './types.js';
export { diffPolicySets, type DiffOptions } from './diff-policy-sets.js';
export { describeChange, diffMessages } from './messages.js';
export { fieldSemantics, semanticsFor } from './semantics/index.js';
export { summarizeChanges, type ChangeSummary } from './summary.js';
