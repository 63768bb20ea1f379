/**
 * The diff engine functions the explorer uses, gathered in one module so the
 * explorer imports them (and the bundle loads them) only when a pane needs them.
 */
export { diffDocuments } from '../core/diff/diff-documents.js';
export { counterpartParagraph } from '../core/diff/counterpart.js';
export { checkConsistency } from '../core/entities/check.js';
export { reviewDocuments } from '../core/review/run.js';
export { gazetteerTerms } from '../core/review/checks/terms.js';
export { loadGazetteer } from '../core/entities/gazetteer.js';
