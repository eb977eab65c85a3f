// Catalogue input (issue 3): CSV/NDJSON rows parsed with zod at the boundary into integer fen.
export { loadCatalog, storeCatalogFile, catalogFormat, HISTORY_FILE, type LoadedCatalog } from './load.js';
export { CatalogError, formatIssue, type CatalogIssue } from './errors.js';
