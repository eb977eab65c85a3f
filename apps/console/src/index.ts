import { fileURLToPath } from 'node:url';

/** The built page (`vite build` output): index.html and its assets, served by `storepolicy serve`. */
export const uiDir: string = fileURLToPath(new URL('./ui/', import.meta.url));
export type { CalendarItem, FileAnswer, FileFinding, FileRow, TextFinding } from './api.js';
