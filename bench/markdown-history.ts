// Scores the diff on the history of a long Markdown document against
// dwdiff: for each pair of consecutive versions, the words parallax marks
// (added + removed + both words of each replaced pair) over the words dwdiff
// marks (deleted + inserted + changed on both sides). Each pair is diffed as
// Markdown (block trees) and, beside it, as plain text (the same files read
// by the line rules of .txt), in the same run. Moves are listed with their
// text, to see which come from a table of contents.
//
// Data: versions of one Markdown file as v01.md, v02.md… in a folder (not
// committed; e.g. from `git log` of a public repository's README into
// bench/.data/hist). Skips cleanly without it or without dwdiff.
//   npx tsx bench/markdown-history.ts [DIR]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/core/corpus/load.js';
import { diffDocuments } from '../src/core/diff/diff-documents.js';
import { dwdiffMarked } from './lib/dwdiff.js';

const DIR = process.argv[2] ?? fileURLToPath(new URL('./.data/hist', import.meta.url));

interface PairScore {
  pair: string;
  dwdiff: number;
  markdown: number;
  plain: number;
  moves: string[];
}

async function score(dir: string): Promise<PairScore[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.md$/.test(f))
    .sort();
  const plainDir = mkdtempSync(join(tmpdir(), 'parallax-md-history-'));
  try {
    for (const f of files) copyFileSync(join(dir, f), join(plainDir, f.replace(/\.md$/, '.txt')));
    const md = await loadCorpus(dir);
    const plain = await loadCorpus(plainDir);
    const out: PairScore[] = [];
    for (let i = 0; i + 1 < files.length; i++) {
      const [a, b] = [md.documents[i]!, md.documents[i + 1]!];
      const marked = (x: typeof a, y: typeof b) => {
        const r = diffDocuments(x, y, { mode: 'diff' });
        return { n: r.stats.wordsAdded + r.stats.wordsRemoved + 2 * r.stats.wordsChanged, rows: r.rows };
      };
      const m = marked(a, b);
      const p = marked(plain.documents[i]!, plain.documents[i + 1]!);
      const moves = m.rows.filter((r) => r.kind === 'moved').map((r) => (r.left ?? r.right ?? '').slice(0, 60));
      out.push({ pair: `${a.id}→${b.id}`, dwdiff: dwdiffMarked(join(dir, files[i]!), join(dir, files[i + 1]!)), markdown: m.n, plain: p.n, moves });
    }
    return out;
  } finally {
    rmSync(plainDir, { recursive: true, force: true });
  }
}

if (!existsSync(DIR)) {
  console.error(`markdown-history: no versions in ${DIR}; skipped`);
} else {
  try {
    execFileSync('dwdiff', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('markdown-history: dwdiff not installed; skipped');
    process.exit(0);
  }
  const scores = await score(DIR);
  const over = (key: 'markdown' | 'plain', limit: number) => scores.filter((s) => s.dwdiff > 0 && s[key] > limit * s.dwdiff).length;
  const ratio = (n: number, d: number) => (d === 0 ? (n === 0 ? '1.00' : '∞') : (n / d).toFixed(2));
  for (const s of scores)
    console.log(
      `${s.pair}\tdwdiff ${s.dwdiff}\tmarkdown ${s.markdown} (${ratio(s.markdown, s.dwdiff)}x)\tplain ${s.plain} (${ratio(s.plain, s.dwdiff)}x)${s.moves.length ? `\tmoves: ${s.moves.map((m) => JSON.stringify(m)).join(', ')}` : ''}`,
    );
  const worst = (key: 'markdown' | 'plain') => Math.max(...scores.filter((s) => s.dwdiff > 0).map((s) => s[key] / s.dwdiff));
  console.log(
    `\n${scores.length} pairs; over 1.5x dwdiff: markdown ${over('markdown', 1.5)}, plain ${over('plain', 1.5)}; over 2x: markdown ${over('markdown', 2)}, plain ${over('plain', 2)}; worst: markdown ${worst('markdown').toFixed(2)}x, plain ${worst('plain').toFixed(2)}x; moves: markdown ${scores.reduce((n, s) => n + s.moves.length, 0)}`,
  );
}
