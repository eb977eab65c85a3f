import type { Format } from '../../options.js';
import type { Formatter } from '../model.js';
import { formatJson } from './json.js';
import { formatPretty } from './pretty.js';

const notYet: Formatter = () => {
  throw new Error('format not implemented yet');
};

/** One pure formatter per output format (Spectral's layout). */
export const formatters: Record<Format, Formatter> = {
  pretty: formatPretty,
  json: formatJson,
  github: notYet,
  sarif: notYet,
  junit: notYet,
  markdown: notYet,
};
