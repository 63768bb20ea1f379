/**
 * Imports the reader of a structured format when a file of it is read: each
 * reader's parser is most of the program's size, so the build leaves it in a
 * chunk of its own (dist/chunks/), which a start of the program never parses
 * unless a Markdown, HTML or Word file is read.
 */
export const importMarkdown = () => import('./markdown.js');
export const importHtml = () => import('./html.js');
export const importDocx = () => import('./docx.js');
