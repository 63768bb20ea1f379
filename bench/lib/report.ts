import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { ms } from './process-timing.js';
import type { Stats } from './stats.js';

/** The machine line every figure in BENCHMARKS.md is read against. */
export function machineLine(date = new Date()): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  // Node 20 reads NODE_EXTRA_CA_CERTS at every start: it moves every whole-process figure, so the line says when it is set.
  const certs = process.env.NODE_EXTRA_CA_CERTS === undefined ? '' : ', NODE_EXTRA_CA_CERTS set';
  return `${date.toISOString().slice(0, 10)}, ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}${certs}`;
}

/** One markdown table row of a Stats, in milliseconds: median, p95, min–max. */
export function statsCells(s: Stats): string[] {
  return [ms(s.median), ms(s.p95), `${ms(s.min)}–${ms(s.max)}`];
}

/** A markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Replaces the generated block `<!-- bench:NAME -->…<!-- /bench:NAME -->` in
 * BENCHMARKS.md, leaving the hand-written notes around it alone.
 */
export function writeGeneratedBlock(file: string, name: string, body: string): void {
  const text = readFileSync(file, 'utf8');
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${body.trim()}\n${close}`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  const next = start >= 0 && end > start ? text.slice(0, start) + block + text.slice(end + close.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
