/**
 * Glossaries for the terms check: CSV (source, target; a header row of
 * language codes picks the columns) or TBX (TermBase eXchange: one entry per
 * concept, a `langSet` per language, its `term`s). Alternative renderings in
 * one CSV cell are separated by `|`.
 */
import type { Term } from './types.js';
import { primaryLanguage } from '../text/language-tag.js';

/** A glossary that cannot be read: one line for the user. */
export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const delimiter = !text.split('\n', 1)[0]!.includes(',') && text.includes(';') ? ';' : text.split('\n', 1)[0]!.includes('\t') ? '\t' : ',';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const LANG_CODE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const forms = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Terms of a CSV glossary for the pair langA → langB: columns by a header of language codes, else the first two. */
function csvTerms(text: string, langA: string, langB: string): Term[] {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  let colA = 0;
  let colB = 1;
  const header = rows[0]!.map((h) => h.trim());
  if (header.every((h) => LANG_CODE.test(h))) {
    rows.shift();
    const find = (lang: string) => header.findIndex((h) => primaryLanguage(h) === primaryLanguage(lang));
    colA = find(langA);
    colB = find(langB);
    if (colA < 0 || colB < 0) return [];
  } else if (/^(source|target|term)/i.test(header[0] ?? '')) rows.shift();
  return rows.map((r) => ({ source: forms(r[colA]), target: forms(r[colB]), from: 'glossary' as const })).filter((t) => t.source.length > 0 && t.target.length > 0);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (XML_ENTITIES[e] ?? m),
    )
    .trim();

/** Terms of a TBX glossary: for each entry, the terms of A's language and of B's. */
function tbxTerms(text: string, langA: string, langB: string): Term[] {
  const terms: Term[] = [];
  for (const entry of text.matchAll(/<(termEntry|conceptEntry)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const byLang = new Map<string, string[]>();
    for (const set of entry[2]!.matchAll(/<langSet\b[^>]*xml:lang\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/langSet>/g)) {
      const list = byLang.get(primaryLanguage(set[1]!)) ?? [];
      for (const t of set[2]!.matchAll(/<term\b[^>]*>([\s\S]*?)<\/term>/g)) {
        const term = unescapeXml(t[1]!);
        if (term !== '') list.push(term);
      }
      byLang.set(primaryLanguage(set[1]!), list);
    }
    const source = byLang.get(primaryLanguage(langA)) ?? [];
    const target = byLang.get(primaryLanguage(langB)) ?? [];
    if (source.length > 0 && target.length > 0) terms.push({ source, target, from: 'glossary' });
  }
  return terms;
}

/** Parses a glossary (TBX when it looks like XML, else CSV) into terms for the pair langA → langB. */
export function parseGlossary(text: string, langA: string, langB: string): Term[] {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(body)) {
    if (!/<(termEntry|conceptEntry)\b/.test(body)) throw new GlossaryError('glossary looks like XML but has no TBX termEntry or conceptEntry');
    return tbxTerms(body, langA, langB);
  }
  return csvTerms(body, langA, langB);
}
