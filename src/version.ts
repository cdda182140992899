/** Demarc's version, reported in every report and SARIF run. Kept equal to package.json by a test. */
export const VERSION = '0.1.0'
