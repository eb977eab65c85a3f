// Kept for the listing modules' imports: the output module lives in io/output.ts.
export { openStreamOutput, type StreamOutput } from '../io/output.js';
