import type { Document, Relation } from './types.js';

/** The fields of a document that are plain metadata (no text, no counts). */
export type DocumentMetadata = Pick<Document, 'id' | 'file' | 'title' | 'lang' | 'source' | 'relation' | 'author' | 'date'>;

/**
 * The metadata fields every `Document` implementation holds, assigned in one
 * place: the loader's documents and the search snapshot's share them, and
 * each subclass keeps one object shape for all its instances.
 */
export abstract class DocumentBase implements DocumentMetadata {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly lang: string;
  readonly source: string | null;
  readonly relation: Relation | null;
  readonly author: string | null;
  readonly date: string | null;

  constructor(meta: DocumentMetadata) {
    this.id = meta.id;
    this.file = meta.file;
    this.title = meta.title;
    this.lang = meta.lang;
    this.source = meta.source;
    this.relation = meta.relation;
    this.author = meta.author ?? null;
    this.date = meta.date ?? null;
  }
}
