import type { Format } from '../../options.js';
import type { Formatter } from '../model.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';

const notYet: Formatter = () => {
  throw new Error('format not implemented yet');
};

/** One pure formatter per output format (Spectral's layout). */
export const formatters: Record<Format, Formatter> = {
  pretty: formatPretty,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: notYet,
};
