import { describe, expect, it } from 'vitest';
import { alignSentences, utf8Length } from '../../../src/core/diff/align.js';
import { anchorsOf, indexAnchors } from '../../../src/core/diff/anchors.js';

/** A deterministic sentence of about `words` words, holding the number n. */
function sentence(n: number, words: number, lang: 'en' | 'de'): string {
  const filler = lang === 'en' ? 'the path went up along the ridge' : 'der Weg führte am Grat entlang hinauf';
  const body = Array.from({ length: words }, (_, k) => filler.split(' ')[(n + k) % 7]).join(' ');
  return `${body} ${n}.`;
}

describe('alignSentences', () => {
  it('pairs one-to-one translations and finds a two-to-one bead and an omission', () => {
    const a = Array.from({ length: 30 }, (_, k) => sentence(k, 6 + ((k * 7) % 13), 'en'));
    const b = a.map((_, k) => sentence(k, 6 + ((k * 7) % 13), 'de'));
    // B joins sentences 10 and 11 into one, and lacks sentence 20.
    const joined = [...b.slice(0, 10), `${b[10]!.slice(0, -1)} ${b[11]}`, ...b.slice(12, 20), ...b.slice(21)];
    const beads = alignSentences(a, joined);
    expect(beads.find((x) => x.i === 10)).toEqual({ i: 10, j: 10, da: 2, db: 1 });
    expect(beads.find((x) => x.i === 20)).toMatchObject({ da: 1, db: 0 });
    expect(beads.filter((x) => x.da === 1 && x.db === 1 && x.i - x.j === (x.i < 10 ? 0 : x.i < 20 ? 1 : 2))).toHaveLength(27);
  });

  it('follows a long pair off the diagonal (coarse to fine) and covers both lists in order', () => {
    // 1,500 sentences against 1,900: B splits every fourth sentence in two, then 300 of A at the end have no counterpart.
    const a = Array.from({ length: 1500 }, (_, k) => sentence(k, 5 + ((k * 5) % 11), 'en'));
    const b: string[] = [];
    for (let k = 0; k < 1200; k++) {
      const s = sentence(k, 5 + ((k * 5) % 11), 'de');
      if (k % 4 === 0) b.push(s.slice(0, s.length >> 1) + '.', s.slice(s.length >> 1));
      else b.push(s);
    }
    const beads = alignSentences(a, b);
    let i = 0;
    let j = 0;
    for (const x of beads) {
      expect([x.i, x.j]).toEqual([i, j]);
      i += x.da;
      j += x.db;
    }
    expect([i, j]).toEqual([a.length, b.length]);
    const split = beads.filter((x) => x.i < 1200 && x.i % 4 === 0 && x.da === 1 && x.db === 2);
    expect(split.length).toBeGreaterThan(250);
  });

  it('follows a long pair whose path jumps: 150 sentences missing in the middle, 150 added at the end', () => {
    const a = Array.from({ length: 1200 }, (_, k) => sentence(k, 5 + ((k * 5) % 11), 'en'));
    const b = [...a.slice(0, 500), ...a.slice(650), ...Array.from({ length: 150 }, (_, k) => sentence(5000 + k, 6, 'en'))];
    const beads = alignSentences(a, b);
    const right = beads.filter((x) => x.da === 1 && x.db === 1 && (x.i < 500 ? x.j === x.i : x.i >= 650 && x.j === x.i - 150));
    expect(right.length).toBeGreaterThan(1000);
  });

  it('measures length in UTF-8 bytes', () => {
    expect(utf8Length('aé中😀')).toBe(1 + 2 + 3 + 4);
  });
});

describe('anchorsOf numbers', () => {
  it('reads any script’s digits by value and keeps the parts of a time', () => {
    for (const text of ['１２ Mai', '१२ मई', '١٢ مايو']) expect(anchorsOf(text).anchors).toContain('#12');
    const uhr = anchorsOf('um 4.45 Uhr').anchors;
    const h = anchorsOf('à 4 h 45').anchors;
    expect(uhr).toEqual(expect.arrayContaining(['#4', '#45']));
    expect(h).toEqual(expect.arrayContaining(['#4', '#45']));
  });

  it('keys Latin-script words of five letters or more by their first four letters, accents dropped', () => {
    expect(anchorsOf('eine Expedition').anchors).toContain('~expe');
    expect(anchorsOf('une expédition').anchors).toContain('~expe');
  });
});

describe('anchorsOf punctuation', () => {
  it('keys question, exclamation and quotation marks the same in every script', () => {
    expect(anchorsOf('他说：“你来吗？”').anchors).toEqual(expect.arrayContaining(['"', '?']));
    expect(anchorsOf('He said: "Are you coming?"').anchors).toEqual(expect.arrayContaining(['"', '?']));
  });
});

describe('indexAnchors colons', () => {
  it('ties a colon in Chinese to one in English, not one in German to one in French', () => {
    const zhEn = indexAnchors([{ text: '他说：' }, { text: '事毕我既愤怒又沮丧。' }], [{ text: 'He said:' }, { text: 'After that I was angry.' }]);
    expect([...zhEn.left[0]!].filter((id) => zhEn.right[0]!.includes(id))).toHaveLength(1);
    const deFr = indexAnchors([{ text: 'Er sagte: nein.' }], [{ text: 'Il a dit : non.' }]);
    expect(deFr.weight.length).toBe(0);
  });
});
