import { CorpusError, type Corpus, type Document } from './types.js';

/** Ids named in one error line at most; a corpus of 20,000 versions must not make a message of 20,000 ids. */
const MAX_LISTED_IDS = 20;

/** `a, b, c` or `a, b, … and 19,980 more`. */
function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return '(none)';
  const shown = ids.slice(0, MAX_LISTED_IDS).join(', ');
  return ids.length > MAX_LISTED_IDS ? `${shown}, … and ${(ids.length - MAX_LISTED_IDS).toLocaleString('en')} more` : shown;
}

/** Whether `query` could name the document `id`: the id itself, or a prefix of it. */
export function couldName(query: string, id: string): boolean {
  return id === query || (query !== '' && id.startsWith(query));
}

/**
 * Finds a document by id or by any unique prefix of one. An unknown or
 * ambiguous id is an error that lists the ids it could have meant.
 */
export function resolveDocument(corpus: Corpus, idOrPrefix: string): Document {
  const exact = corpus.documents.find((d) => d.id === idOrPrefix);
  if (exact) return exact;
  const matches = corpus.documents.filter((d) => couldName(idOrPrefix, d.id));
  if (matches.length === 1) return matches[0]!;
  const shown = JSON.stringify(idOrPrefix);
  if (matches.length > 1) {
    throw new CorpusError(`document id ${shown} is ambiguous: it could be ${listIds(matches.map((d) => d.id))}`, 'type more of the id');
  }
  const known = listIds(corpus.documents.map((d) => d.id));
  throw new CorpusError(`unknown document id ${shown}; known ids: ${known}`, 'run parallax --list to see every document');
}
