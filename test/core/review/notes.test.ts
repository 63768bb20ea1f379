import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyReview, orphanedNotes, parseReview, withNote } from '../../../src/core/review/notes.js';
import { readReview, reviewFileFor, writeReview } from '../../../src/core/review/store.js';
import { reviewPairs } from '../../../src/core/review/run.js';
import type { SegmentPair } from '../../../src/core/review/types.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-review-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pairs = (b: string): SegmentPair[] => [
  { row: 0, a: 'The council met on Friday.', b: 'Dewan bertemu pada hari Jumat.', paraA: 0, paraB: 0 },
  { row: 1, a: 'It will cost 5 million euros.', b, paraA: 1, paraB: 1 },
];
const langs = { langA: 'en', langB: 'id', terms: [] };

describe('review notes', () => {
  it('keep to the segment text they were made on, and are orphaned when it changes', () => {
    const [finding] = reviewPairs(pairs('Biayanya 6 juta euro.'), langs);
    let state = withNote(emptyReview('a', 'b'), finding!, { verdict: 'fix' });
    state = withNote(state, finding!, { comment: '  should be   5 ' });
    expect(state.notes[finding!.id]).toMatchObject({ verdict: 'fix', comment: 'should be 5' });
    // The same text again (another run, rows moved): the same id.
    const moved = [{ ...pairs('Biayanya 6 juta euro.')[1]!, row: 0 }];
    expect(reviewPairs(moved, langs)[0]!.id).toBe(finding!.id);
    expect(orphanedNotes(state, reviewPairs(moved, langs))).toEqual([]);
    // The translation was edited: the finding differs, the note is listed, not lost.
    const edited = reviewPairs(pairs('Biayanya 7 juta euro.'), langs);
    expect(orphanedNotes(state, edited)).toMatchObject([{ id: finding!.id, verdict: 'fix', comment: 'should be 5' }]);
    // Setting a verdict again clears it; clearing both removes the note.
    state = withNote(withNote(state, finding!, { verdict: 'fix' }), finding!, { comment: '' });
    expect(state.notes).toEqual({});
  });

  it('are stored outside the corpus, per corpus and pair, and read back whatever the file holds', () => {
    const file = reviewFileFor('/some/corpus', 'ft-summary', 'ft-id', { XDG_DATA_HOME: dir });
    expect(file.startsWith(join(dir, 'parallax', 'reviews', 'corpus-'))).toBe(true);
    expect(file.endsWith('ft-summary--ft-id.json')).toBe(true);
    expect(reviewFileFor('/other/corpus', 'ft-summary', 'ft-id', { XDG_DATA_HOME: dir })).not.toBe(file);
    const [finding] = reviewPairs(pairs('Biayanya 6 juta euro.'), langs);
    writeReview(file, withNote(emptyReview('ft-summary', 'ft-id'), finding!, { verdict: 'accepted' }));
    expect(readReview(file, 'ft-summary', 'ft-id').state.notes[finding!.id]!.verdict).toBe('accepted');
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);
    writeFileSync(file, '{"notes": {"../../etc": {"check": "x"}, "numbers-0000000a": {"check": "numbers", "message": "m", "a": "x", "b": null, "verdict": "maybe"}}}');
    const back = readReview(file, 'a', 'b');
    expect(Object.keys(back.state.notes)).toEqual(['numbers-0000000a']);
    expect(back.state.notes['numbers-0000000a']!.verdict).toBeUndefined();
    expect(back.warning).toMatch(/1 malformed entry skipped/);
    expect(parseReview('not json', 'a', 'b').skipped).toBe(1);
    expect(readReview(join(dir, 'none.json'), 'a', 'b')).toEqual({ state: emptyReview('a', 'b') });
  });
});
