/**
 * Imports the reader of a structured format when a file of it is read. A
 * file of its own because the build puts something else here in the CLI
 * bundle: each reader is a bundle of its own in dist/formats/ (its parser is
 * most of the program's size), required only then, so that a start of the
 * program does not parse them (see scripts/build.mjs).
 */
export const importMarkdown = () => import('./markdown.js');
export const importHtml = () => import('./html.js');
export const importDocx = () => import('./docx.js');
