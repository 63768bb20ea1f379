import { CorpusError, type Corpus, type Document } from './types.js';

/**
 * Finds a document by id or by any unique prefix of one. An unknown or
 * ambiguous id is an error that lists the ids it could have meant.
 */
export function resolveDocument(corpus: Corpus, idOrPrefix: string): Document {
  const exact = corpus.documents.find((d) => d.id === idOrPrefix);
  if (exact) return exact;
  const matches = idOrPrefix === '' ? [] : corpus.documents.filter((d) => d.id.startsWith(idOrPrefix));
  if (matches.length === 1) return matches[0]!;
  const shown = JSON.stringify(idOrPrefix);
  if (matches.length > 1) {
    throw new CorpusError(`document id ${shown} is ambiguous: it could be ${matches.map((d) => d.id).join(', ')}`, 'type more of the id');
  }
  const known = corpus.documents.map((d) => d.id).join(', ') || '(none)';
  throw new CorpusError(`unknown document id ${shown}; known ids: ${known}`, 'run parallax --list to see every document');
}
