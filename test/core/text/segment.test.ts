import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, pick } from '../../../bench/lib/rng.js';
import { splitParagraphs, splitSentences } from '../../../src/core/text/segment.js';

describe('splitParagraphs', () => {
  it('loses no text: paragraphs are ordered slices (line breaks read as spaces) and only white space lies between them', () => {
    const piece = fc.constantFrom('word', 'Title', ' ', '\n', '\n\n', '• item', '- item', '1200', '中文', '\t', 'x'.repeat(70));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const ps = splitParagraphs(text);
        let at = 0;
        for (const p of ps) {
          expect(p.start).toBeGreaterThanOrEqual(at);
          expect(text.slice(at, p.start).trim()).toBe('');
          expect(p.text).toBe(text.slice(p.start, p.end).replace(/\n/g, ' '));
          at = p.end;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
    );
  });

  it('splits a file of a million one-word lines, each a paragraph, without overflowing the stack', () => {
    const text = 'Title\n' + 'word\n'.repeat(1_000_000);
    const ps = splitParagraphs(text);
    expect(ps.length).toBe(1_000_001);
    expect(ps.at(-1)!.text).toBe('word');
  });

  it('treats each line as a paragraph when the text uses no blank lines, title first', () => {
    const text = 'Title line\nFirst paragraph. Two sentences.\nSecond paragraph.\n\n\n';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['Title line', 'First paragraph. Two sentences.', 'Second paragraph.']);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('splits on blank lines where the document uses them, keeping list items apart', () => {
    const text = '  • Site\n  • Posts\n\nHeadline\n\nA paragraph written\nacross two lines.\n\n  • item one\n\n  • item two\n';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(['• Site', '• Posts', 'Headline', 'A paragraph written across two lines.', '• item one', '• item two']);
  });

  it('keeps a line apart that opens with any list marker, after white space of any script, and joins one of letters', () => {
    const markers = ['• a', '· a', '▪ a', '◦ a', '‣ a', '● a', '○ a', '* a', '+ a', '- a', '– a', '— a', '12. a', '3) a', '## a', '> a', '>a'];
    for (const m of markers) {
      for (const space of ['', '  ', '\u3000', '\u00a0']) {
        const text = `Title\n\nFirst line\n${space}${m}\n\nEnd`;
        expect(splitParagraphs(text).map((p) => p.text)).toEqual(['Title', 'First line', m, 'End']);
      }
    }
    for (const line of ['中文行。', 'Ünter', '1200 a', '#a', '\u3000中文']) {
      expect(splitParagraphs(`Title\n\nFirst line\n${line}\n\nEnd`).map((p) => p.text)).toEqual(['Title', `First line ${line}`, 'End']);
    }
  });

  it('joins hard-wrapped lines back into their paragraphs', () => {
    const text =
      'A title\n' +
      'This is a long paragraph of text that has been hard wrapped at a fixed\n' +
      'width of about seventy characters so that it fits in an email client\n' +
      'window nicely.\n' +
      'A second paragraph starts here and it is also wrapped at the same width\n' +
      'because the sender used a plain-text mail program from the nineties.\n';
    const ps = splitParagraphs(text);
    expect(ps).toHaveLength(3);
    expect(ps[1]!.text).toMatch(/^This is .* window nicely\.$/);
    expect(ps[2]!.text).toMatch(/^A second .* nineties\.$/);
    for (const p of ps) expect(text.slice(p.start, p.end).replace(/\n/g, ' ')).toBe(p.text);
  });

  it('does not join short lines of a one-paragraph-per-line document', () => {
    const text = 'Title\nShort one.\nAnother short line here.\nA third.\nAnd a fourth line.\n';
    expect(splitParagraphs(text)).toHaveLength(5);
    const medium =
      'Title\n' +
      'A line of some fifty characters that ends here.\n' +
      'Then one that is a little longer than the first one was.\n' +
      'Short.\n' +
      'And a final line of middling length to close it.\n';
    expect(splitParagraphs(medium)).toHaveLength(5);
  });

  it('returns nothing for blank text', () => {
    expect(splitParagraphs('  \n\n \n')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits English sentences, keeping abbreviations and initials inside them', () => {
    const text = 'Mr. Smith met Wang Xing on Nov. 19. They hit U.S. firms hard. In the U.S. It rained.';
    const s = splitSentences(text, 'en');
    expect(s.map((x) => x.text)).toEqual(['Mr. Smith met Wang Xing on Nov. 19.', 'They hit U.S. firms hard.', 'In the U.S.', 'It rained.']);
  });

  it('splits Indonesian sentences and offsets point at the right text', () => {
    const paragraph = 'Upaya ini dilakukan meskipun upaya AS. Grup-grup China telah terkena larangan AS. Dia sebelumnya bekerja di Meta.';
    const offset = 120;
    const doc = ' '.repeat(offset) + paragraph;
    const s = splitSentences(paragraph, 'id', offset);
    expect(s).toHaveLength(3);
    expect(s[1]!.text).toBe('Grup-grup China telah terkena larangan AS.');
    for (const x of s) expect(doc.slice(x.start, x.end)).toBe(x.text);
  });

  it('splits a very long paragraph in bounded pieces without losing or moving a sentence', () => {
    const rng = createRng(3);
    const words = ['alpha', 'beta', 'Wang', 'chips', '1,200', 'data', 'Nvidia', 'rules'];
    const sentences: string[] = [];
    for (let k = 0; k < 1500; k++) {
      const body = Array.from({ length: 3 + Math.floor(rng() * 10) }, () => pick(rng, words)).join(' ');
      sentences.push(`The ${body}ing${pick(rng, ['.', '!', '?'])}`);
    }
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(40_000);
    const got = splitSentences(text, 'en', 7);
    expect(got.map((s) => s.text)).toEqual(sentences);
    for (const s of got) expect(text.slice(s.start - 7, s.end - 7)).toBe(s.text);
  });

  it('cuts a text with no sentence end at all into pieces that still cover it', () => {
    const text = 'word '.repeat(20_000).trim();
    const pieces = splitSentences(text, 'en');
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
    for (const p of pieces) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('falls back to the root locale for a malformed language tag', () => {
    expect(splitSentences('One. Two.', 'not a tag!!').map((s) => s.text)).toEqual(['One.', 'Two.']);
  });
});

describe('splitSentences around code and links', () => {
  it('never cuts inside inline code, a link target or a URL', () => {
    expect(splitSentences('Run `git commit -m "Fix it. Then"` and push. Done now.', 'en').map((s) => s.text)).toEqual(['Run `git commit -m "Fix it. Then"` and push.', 'Done now.']);
    expect(splitSentences('See https://example.com/a.Html for more. Then go.', 'en').map((s) => s.text)).toEqual(['See https://example.com/a.Html for more.', 'Then go.']);
    expect(splitSentences('Read [this](http://x.org/Guide.Md) now. Yes.', 'en').map((s) => s.text)).toEqual(['Read [this](http://x.org/Guide.Md) now.', 'Yes.']);
  });

  it('never opens a paragraph with a sentence of no letters (the "[![" of a badge link, the "[." of a link to .NET)', () => {
    const badge = '[![CC0](http://i.creativecommons.org/p/zero/1.0/88x31.png)](http://creativecommons.org/publicdomain/zero/1.0/) To the extent possible. More.';
    expect(splitSentences(badge, 'en').map((s) => s.text)[0]).toMatch(/^\[!\[CC0\]/);
    expect(splitSentences('[.NET](https://github.com/quozd/awesome-dotnet) - A list. Of things.', 'en').map((s) => s.text)[0]).toMatch(/^\[\.NET\]/);
  });
});

describe('splitSentences mends false breaks', () => {
  it('keeps German ordinals and enumerators inside their sentence', () => {
    expect(splitSentences('Wir brachen am 18. Mai auf. Es schneite.', 'de').map((x) => x.text)).toEqual(['Wir brachen am 18. Mai auf.', 'Es schneite.']);
    expect(splitSentences('1. Vom Lager zum Gipfel. Dann zurück.', 'de').map((x) => x.text)).toEqual(['1. Vom Lager zum Gipfel.', 'Dann zurück.']);
  });

  it('keeps a lone closing bracket and an initialism before an acronym in the sentence', () => {
    expect(splitSentences('Then they left. They hired staff (all of them. )', 'en').map((x) => x.text)).toEqual(['Then they left.', 'They hired staff (all of them. )']);
    expect(splitSentences('They poach top U.S. IT talent. It works.', 'en').map((x) => x.text)).toEqual(['They poach top U.S. IT talent.', 'It works.']);
  });

  it('agrees with Intl.Segmenter on plain prose without abbreviations, numbers or brackets', () => {
    const words = ['river', 'Stone', 'went', 'quietly', 'north', 'and', 'the', 'village', 'slept', 'Maria'];
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }), fc.constantFrom('.', '!', '?')), { minLength: 1, maxLength: 8 }), (sentences) => {
        const text = sentences.map(([w, end]) => w.join(' ').replace(/^./, (c) => c.toUpperCase()) + end).join(' ');
        const icu = Array.from(segmenter.segment(text), (s) => s.segment.trim());
        expect(splitSentences(text, 'en').map((x) => x.text)).toEqual(icu);
      }),
      { numRuns: 200 },
    );
  });
});
