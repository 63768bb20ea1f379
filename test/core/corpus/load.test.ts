import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { resolveDocument } from '../../../src/core/corpus/resolve-id.js';
import { CorpusError, type Corpus } from '../../../src/core/corpus/types.js';
import { hasUnsafeChars } from '../../../src/core/text/sanitize.js';
import { makeDocx, para } from '../../helpers/documents.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';
import { HOSTILE_FILES } from './hostile-corpus.js';

const BUNDLED = new URL('../../../corpus', import.meta.url).pathname;

describe('loadCorpus on the bundled corpus', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus(BUNDLED);
  });

  it('loads the five versions in manifest order with their languages', () => {
    expect(corpus.documents.map((d) => d.id)).toEqual(['asiae', 'ft-summary', 'ainews', 'ft-id', 'analysis']);
    expect(corpus.documents.map((d) => d.lang)).toEqual(['en', 'en', 'en', 'id', 'en']);
    expect(corpus.warnings).toEqual([]);
  });

  it('makes the first line paragraph 0 and each line a paragraph where no blank lines are used', () => {
    const asiae = corpus.documents[0]!;
    expect(asiae.paragraphs[0]!.text).toBe('Alibaba, ByteDance, Meituan Recruiting Talent in the US');
    expect(asiae.paragraphs).toHaveLength(11);
    for (const p of asiae.paragraphs) expect(asiae.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('uses blank lines as separators in the version that has them', () => {
    const ainews = corpus.documents[2]!;
    expect(ainews.paragraphs[0]!.text).toBe('• AiNews.com');
    expect(ainews.paragraphs.some((p) => p.text.startsWith('• Nvidia AI Chips Ban:'))).toBe(true);
  });

  it('resolves ids by unique prefix and rejects ambiguous or unknown ones', () => {
    expect(resolveDocument(corpus, 'ft-i').id).toBe('ft-id');
    expect(() => resolveDocument(corpus, 'a')).toThrow(/ambiguous: it could be asiae, ainews, analysis/);
    expect(() => resolveDocument(corpus, 'nope')).toThrow(/unknown document id "nope"; known ids: asiae, ft-summary/);
  });
});

describe('loadCorpus on a hostile corpus', () => {
  let dir: string;
  let corpus: Corpus;
  let before: Map<string, number>;
  beforeAll(async () => {
    dir = makeTempCorpus(HOSTILE_FILES);
    before = new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
    corpus = await loadCorpus(dir, { maxFileBytes: 5_000_000 });
  });
  afterAll(() => removeTempCorpus(dir));

  const warningFor = (file: string) => corpus.warnings.filter((w) => w.file === file).map((w) => w.message).join(' | ');

  it('loads every readable text file and skips the rest with a warning each', () => {
    expect(corpus.documents.map((d) => d.file).sort()).toEqual(['bom-crlf.txt', 'cjk-emoji.md', 'escapes.txt', 'huge-line.txt', 'invalid-utf8.txt']);
    expect(warningFor('binary.txt')).toMatch(/binary/);
    expect(warningFor('empty.txt')).toMatch(/empty/);
    expect(warningFor('blank.md')).toMatch(/empty/);
    expect(warningFor('notes.json')).toBe('');
  });

  it('never keeps a control character or bidi override in loaded text', () => {
    for (const d of corpus.documents) {
      expect(hasUnsafeChars(d.text)).toBe(false);
      expect(hasUnsafeChars(d.title)).toBe(false);
      for (const p of d.paragraphs) expect(hasUnsafeChars(p.text)).toBe(false);
    }
    const esc = corpus.documents.find((d) => d.file === 'escapes.txt')!;
    expect(esc.title).toBe('Title ^[]0;pwned^G here');
    expect(esc.text).toContain('\\u202Egnp.exe');
    expect(warningFor('escapes.txt')).toMatch(/control characters/);
  });

  it('decodes invalid UTF-8 with U+FFFD and warns', () => {
    const doc = corpus.documents.find((d) => d.file === 'invalid-utf8.txt')!;
    expect(doc.text).toContain('\uFFFD');
    expect(warningFor('invalid-utf8.txt')).toMatch(/not valid UTF-8/);
  });

  it('strips the BOM and CRLF', () => {
    const doc = corpus.documents.find((d) => d.file === 'bom-crlf.txt')!;
    expect(doc.title).toBe('Windows title');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Windows title', 'First line.', 'Second line.']);
  });

  it('copes with a million-character line and with CJK and emoji', () => {
    const huge = corpus.documents.find((d) => d.file === 'huge-line.txt')!;
    expect(huge.words).toBe(200_001);
    const cjk = corpus.documents.find((d) => d.file === 'cjk-emoji.md')!;
    expect(['zh', 'ja']).toContain(cjk.lang);
    expect(cjk.paragraphs[1]!.text).toContain('日本語');
  });

  it('skips files over the size cap with a warning', async () => {
    const small = await loadCorpus(dir, { maxFileBytes: 100_000 });
    expect(small.documents.some((d) => d.file === 'huge-line.txt')).toBe(false);
    expect(small.warnings.find((w) => w.file === 'huge-line.txt')?.message).toMatch(/over the 0 MB cap|over the .* cap/);
  });

  it('never writes inside the corpus', () => {
    const after = new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
    expect(after).toEqual(before);
  });
});

describe('loadCorpus errors', () => {
  it('rejects a missing directory with a CorpusError', async () => {
    await expect(loadCorpus('/definitely/not/here')).rejects.toThrow(CorpusError);
    await expect(loadCorpus('/definitely/not/here')).rejects.toThrow(/corpus directory not found/);
  });

  it('names the file and position of a malformed manifest', async () => {
    const dir = makeTempCorpus({ 'corpus.json': '{\n  "documents": [\n    {"file": "a.txt",}\n  ]\n}', 'a.txt': 'A\n' });
    try {
      await expect(loadCorpus(dir)).rejects.toThrow(/corpus\.json: malformed JSON at line 3, column \d+/);
    } finally {
      removeTempCorpus(dir);
    }
  });

  it('names the path of a wrong value in the manifest', async () => {
    const dir = makeTempCorpus({ 'corpus.json': JSON.stringify({ documents: [{ file: 'a.txt', lang: 7 }] }), 'a.txt': 'A\n' });
    try {
      await expect(loadCorpus(dir)).rejects.toThrow('corpus.json: documents[0].lang must be a non-empty string');
    } finally {
      removeTempCorpus(dir);
    }
  });

  it('warns about manifest entries whose file is missing, and loads files it does not list', async () => {
    const dir = makeTempCorpus({
      'corpus.json': JSON.stringify({ documents: [{ id: 'one', file: 'one.txt', lang: 'en' }, { id: 'gone', file: 'gone.txt' }] }),
      'one.txt': 'One\nText.\n',
      'extra.md': 'Extra title\n\nMore text here.\n',
    });
    try {
      const corpus = await loadCorpus(dir);
      expect(corpus.documents.map((d) => d.id)).toEqual(['one', 'extra']);
      expect(corpus.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
        'gone.txt: listed in corpus.json but missing; skipped',
        'extra.md: not listed in corpus.json; loaded with detected metadata',
      ]);
    } finally {
      removeTempCorpus(dir);
    }
  });

  it('reads each version whole and only it, a long one before a short one and a Word file among them', async () => {
    // Text versions are read into one buffer reused from file to file: the short one must not see the long one's tail.
    const docx = await makeDocx(para('The Word version.'));
    const dir = makeTempCorpus({ 'a.txt': 'Long version.\n\n' + 'word '.repeat(5000) + '\n', 'b.docx': docx, 'c.txt': 'Short one.\n' });
    try {
      const corpus = await loadCorpus(dir);
      expect(corpus.documents.map((d) => d.id)).toEqual(['a', 'b', 'c']);
      expect(resolveDocument(corpus, 'c').text).toBe('Short one.\n');
      expect(resolveDocument(corpus, 'a').text.length).toBe(25_016);
      expect(resolveDocument(corpus, 'b').text).toBe('The Word version.');
    } finally {
      removeTempCorpus(dir);
    }
  });

  it('with `only`, reads just the versions the ids or prefixes could name, and warns only about them', async () => {
    const dir = makeTempCorpus({
      'corpus.json': JSON.stringify({ documents: [{ id: 'alpha', file: 'alpha.txt', lang: 'en' }, { id: 'alpine', file: 'alpine.txt', lang: 'en' }, { id: 'gone', file: 'gone.txt' }] }),
      'alpha.txt': 'Alpha\nText.\n',
      'alpine.txt': 'Alpine\nText.\n',
      'beta.txt': 'Beta\nText.\n',
      'binary.txt': 'Bin\u0000ary\n',
    });
    try {
      const some = await loadCorpus(dir, { only: ['alp', 'beta'] });
      expect(some.documents.map((d) => d.id)).toEqual(['alpha', 'alpine', 'beta']);
      expect(some.warnings.map((w) => w.file)).toEqual(['beta.txt']);
      expect(resolveDocument(some, 'beta').title).toBe('Beta');
      // Ids are those of the whole corpus, whatever is read.
      const whole = await loadCorpus(dir);
      expect(whole.documents.map((d) => d.id)).toEqual(['alpha', 'alpine', 'beta']);
      expect(whole.warnings.map((w) => w.file)).toEqual(['gone.txt', 'beta.txt', 'binary.txt', 'binary.txt']);
    } finally {
      removeTempCorpus(dir);
    }
  });
});

describe('the bundled corpus files', () => {
  it('are byte for byte the seeds', () => {
    const seeds = new URL('../../../../shared/seeds/', import.meta.url).pathname;
    let names: string[];
    try {
      names = readdirSync(seeds);
    } catch {
      return; // outside the workspace there are no seeds to compare with
    }
    for (const name of names) expect(readFileSync(join(BUNDLED, name)).equals(readFileSync(join(seeds, name)))).toBe(true);
  });
});
