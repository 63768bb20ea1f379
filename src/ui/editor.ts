/**
 * `e`: the version under the cursor in the user's editor, at the paragraph's
 * line. The editor is `$VISUAL`, else `$EDITOR`, run through `sh -c` as git
 * runs it (so `code --wait` or a quoted path work), with `+LINE FILE`. The
 * explorer writes nothing: the file is the corpus's own, and what the editor
 * saves there is the user's doing (`--watch` then shows it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphLine } from '../core/corpus/source-line.js';
import type { Document } from '../core/corpus/types.js';

/** The editor command the environment names, or null when neither variable is set. */
export function editorCommand(env: NodeJS.ProcessEnv): string | null {
  for (const name of ['VISUAL', 'EDITOR'] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return null;
}

/** The program and arguments that open `file` at `line` with `editor`. */
export function editorInvocation(editor: string, file: string, line: number): [string, string[]] {
  return ['/bin/sh', ['-c', `${editor} "$@"`, 'parallax-editor', `+${line}`, file]];
}

/** The file of a version and the line its paragraph begins on (1 when the file cannot be read as text). */
export function editTarget(corpusDir: string, doc: Document, paragraph: number): { file: string; line: number } {
  const file = join(corpusDir, doc.file);
  let raw = '';
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    // Gone or unreadable: the editor says so itself.
  }
  return { file, line: paragraphLine(raw, doc.paragraphs, paragraph) };
}

/**
 * Runs the editor on `doc` at `paragraph` while `suspend` hands it the
 * terminal; returns the status line to show after it (a plain sentence, the
 * caller sanitizes it).
 */
export function openInEditor(corpusDir: string, doc: Document, paragraph: number, suspend: <T>(run: () => T) => T, env = process.env): string {
  const editor = editorCommand(env);
  if (!editor) return 'no editor: set $VISUAL or $EDITOR (e.g. export EDITOR=vim) to open versions with e';
  const { file, line } = editTarget(corpusDir, doc, paragraph);
  const [program, args] = editorInvocation(editor, file, line);
  const result = suspend(() => spawnSync(program, args, { stdio: 'inherit' }));
  if (result.error) return `the editor could not start: ${result.error.message}`;
  if (result.status === 127) return `editor not found: ${editor} (from $${env.VISUAL?.trim() ? 'VISUAL' : 'EDITOR'})`;
  if (result.status !== 0) return `the editor ended with status ${result.status ?? result.signal}`;
  return `back from ${editor}: ${doc.id} ¶${paragraph} (line ${line})`;
}
