/**
 * The fuzzy version picker's ranking: the versions whose id or title holds
 * what was typed, best first. An id that starts with the text beats one that
 * contains it, which beats a title that contains it; then the letters in
 * order (`ftid` finds `ft-id`), in the id and then in the title. Case is
 * ignored; ties keep corpus order.
 */

/** What the picker needs of a version. */
export interface Pickable {
  id: string;
  title: string;
}

/** True when the letters of `needle` appear in `hay` in order. */
function inOrder(hay: string, needle: string): boolean {
  let k = 0;
  for (const ch of hay) if (ch === needle[k]) k++;
  return k === needle.length;
}

/** How well a version matches (lower is better), or -1 when it does not. */
function tier(v: Pickable, text: string): number {
  const id = v.id.toLowerCase();
  const title = v.title.toLowerCase();
  if (id.startsWith(text)) return 0;
  if (id.includes(text)) return 1;
  if (title.includes(text)) return 2;
  if (inOrder(id, text)) return 3;
  if (inOrder(title, text)) return 4;
  return -1;
}

/** Indices of the versions matching `text`, best first (all of them, in order, for an empty text). */
export function pickVersions(versions: readonly Pickable[], text: string): number[] {
  const t = [...text.trim().toLowerCase()].filter((ch) => ch !== ' ').join('');
  const ranked: Array<[number, number]> = [];
  versions.forEach((v, i) => {
    const score = t === '' ? 0 : tier(v, t);
    if (score >= 0) ranked.push([score, i]);
  });
  return ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
}
