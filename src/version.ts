// The pipeline version written into every annotation; a rerun redoes outputs of another version.
// Kept equal to package.json's "version" by tests/version.test.ts.
export const VERSION = '0.2.0';
