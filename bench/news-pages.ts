// Saved news pages against a plain-text version of the same story: for each
// page of Mozilla Readability's test set (real pages as saved, with their
// navigation, ads and scripts), the page is diffed against a .txt made from
// the test's expected article (its title, then the text of each leaf block:
// paragraphs, headings, list items, quotes, code, captions, table cells,
// read here by a walk of its own, not parallax's). Counted: the words
// parallax marks (added + removed + both words of each replaced pair) over
// the story's words and, beside it in the same run, the words `dwdiff -s`
// marks between the .txt and the text parallax extracted from the page (the
// real differences of the two texts, as a reader of words sees them).
//
// Data (not committed: the pages belong to their publishers): copy
// test/test-pages/NAME/{source.html,expected.html,expected-metadata.json}
// of github.com/mozilla/readability into bench/.data/readability-pages/NAME/.
// Skips cleanly without it or without dwdiff.
//   npx tsx bench/news-pages.ts [DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { loadCorpus } from '../src/core/corpus/load.js';
import { diffDocuments } from '../src/core/diff/diff-documents.js';
import { dwdiffMarked } from './lib/dwdiff.js';

const DIR = process.argv[2] ?? fileURLToPath(new URL('./.data/readability-pages', import.meta.url));
const LEAF = 'p, h1, h2, h3, h4, h5, h6, li, pre, blockquote, figcaption, td, th, dt, dd';

/** The story as plain text: its title, then each leaf block's text (one that holds no other block), a blank line between. */
function storyText(expectedHtml: string, title: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${expectedHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(LEAF)].filter((el) => el.querySelector(LEAF) === null).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return [title, ...blocks].filter((b) => b !== '').join('\n\n') + '\n';
}

if (!existsSync(DIR)) {
  console.error(`news-pages: no pages in ${DIR}; skipped`);
} else {
  try {
    execFileSync('dwdiff', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('news-pages: dwdiff not installed; skipped');
    process.exit(0);
  }
  let words = 0;
  let ours = 0;
  let peer = 0;
  for (const name of readdirSync(DIR).sort()) {
    const page = join(DIR, name);
    if (!existsSync(join(page, 'source.html')) || !existsSync(join(page, 'expected.html'))) continue;
    const title = (JSON.parse(readFileSync(join(page, 'expected-metadata.json'), 'utf8')) as { title?: string }).title ?? '';
    const work = mkdtempSync(join(tmpdir(), 'parallax-news-'));
    try {
      writeFileSync(join(work, 'page.html'), readFileSync(join(page, 'source.html')));
      writeFileSync(join(work, 'story.txt'), storyText(readFileSync(join(page, 'expected.html'), 'utf8'), title));
      writeFileSync(
        join(work, 'corpus.json'),
        JSON.stringify({
          documents: [
            { id: 'page', file: 'page.html', lang: 'en' },
            { id: 'story', file: 'story.txt', lang: 'en' },
          ],
        }),
      );
      const corpus = await loadCorpus(work);
      const [html, txt] = [corpus.documents.find((d) => d.id === 'page')!, corpus.documents.find((d) => d.id === 'story')!];
      const { stats } = diffDocuments(html, txt, { mode: 'diff' });
      const marked = stats.wordsAdded + stats.wordsRemoved + 2 * stats.wordsChanged;
      writeFileSync(join(work, 'extracted.txt'), html.text + '\n');
      const real = dwdiffMarked(join(work, 'extracted.txt'), join(work, 'story.txt'));
      const n = txt.words;
      words += n;
      ours += marked;
      peer += real;
      console.log(`${name}\t${n} words\tparallax marks ${marked} (${((100 * marked) / n).toFixed(1)}%)\tdwdiff ${real} (${((100 * real) / n).toFixed(1)}%)`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log(`\nall pages: ${words} words; parallax marks ${ours} (${((100 * ours) / words).toFixed(1)}%), dwdiff ${peer} (${((100 * peer) / words).toFixed(1)}%)`);
}
