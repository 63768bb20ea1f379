import type { Mention, MentionSource } from './types.js';

const TRUST: Record<MentionSource, number> = { gazetteer: 0, learned: 1, world: 2, number: 3, rule: 4 };

/**
 * Resolves overlapping detections into non-overlapping mentions: the longest
 * span wins, and between equal spans the more trusted source (gazetteer,
 * then learned names, world places, numbers, rules). The result is in text order.
 */
export function mergeMentions(mentions: readonly Mention[]): Mention[] {
  const ranked = mentions
    .filter((m) => m.end > m.start)
    .slice()
    .sort((a, b) => b.end - b.start - (a.end - a.start) || TRUST[a.source] - TRUST[b.source] || a.start - b.start);
  const taken = new Uint8Array(ranked.reduce((max, m) => Math.max(max, m.end), 0));
  const kept: Mention[] = [];
  for (const m of ranked) {
    if (taken.subarray(m.start, m.end).includes(1)) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
