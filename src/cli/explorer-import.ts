/**
 * Imports the explorer's module (Ink, React, the views) when the explorer
 * opens. A file of its own because the build puts something else here in
 * the CLI bundle: that bundle may run from a V8 code cache, where Node 20
 * cannot `import()`, so the import goes through the launcher (see
 * scripts/build.mjs and src/cli/launch.cts).
 */
export const importExplorer = () => import('../ui/run.js');
