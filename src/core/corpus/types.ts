/** How one version relates to another in the corpus. */
export interface Relation {
  type: 'translation' | 'rewrite' | 'summary' | 'original';
  /** Id of the version this one derives from, when that version is in the corpus. */
  of?: string;
  note?: string;
}

/**
 * What a block of a structured document is (Markdown, HTML, DOCX). Plain
 * text has only paragraphs. A code block is verbatim: not split into
 * sentences, not searched for names.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'code' | 'table-row';

/** One paragraph (block) of a document; offsets index the document's normalized text. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** Sanitized, normalized text; inner line breaks of a wrapped paragraph are spaces. */
  text: string;
  /** The block's kind; absent means a paragraph (plain text, a version read back from the index). */
  kind?: BlockKind;
  /** Heading level (1–6), nesting of a list item or code block in lists (0 at top level), of a quote in quotes. */
  depth?: number;
}

/** One version of the story, loaded, normalized and segmented. */
export interface Document {
  id: string;
  /** File name relative to the corpus directory. */
  file: string;
  title: string;
  /** BCP 47 tag: from the manifest, else detected ("und" when unknown). */
  lang: string;
  source: string | null;
  relation: Relation | null;
  /** Author and date as the file gives them (front matter, an HTML byline or meta tag), as written; null when it gives none. */
  author?: string | null;
  date?: string | null;
  /** Normalized, sanitized full text. */
  text: string;
  paragraphs: Paragraph[];
  /** Word count, taken on first read. */
  readonly words: number;
}

/** A problem with one file that did not stop the rest of the corpus from loading. */
export interface CorpusWarning {
  file: string;
  message: string;
}

/** A loaded corpus: every readable version plus what was wrong with the others. */
export interface Corpus {
  dir: string;
  name: string;
  documents: Document[];
  warnings: CorpusWarning[];
}

/** An error that makes the corpus unusable (missing directory, malformed manifest): exit code 2. */
export class CorpusError extends Error {
  override name = 'CorpusError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}
