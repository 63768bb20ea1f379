import { describe, expect, it } from 'vitest';
import { editorCommand, editorInvocation, openInEditor } from '../../src/ui/editor.js';
import { bundledCorpus } from './render-app.js';

describe('the editor hand-off', () => {
  it('takes $VISUAL before $EDITOR, and neither when blank', () => {
    expect(editorCommand({ VISUAL: 'code --wait', EDITOR: 'vi' })).toBe('code --wait');
    expect(editorCommand({ VISUAL: ' ', EDITOR: 'vi' })).toBe('vi');
    expect(editorCommand({})).toBeNull();
  });

  it('runs the editor through sh with +LINE FILE as separate arguments', () => {
    expect(editorInvocation('vim -R', '/c/a b.md', 7)).toEqual(['/bin/sh', ['-c', 'vim -R "$@"', 'parallax-editor', '+7', '/c/a b.md']]);
  });

  it('says how to set an editor when none is, without touching the terminal', async () => {
    const corpus = await bundledCorpus();
    let suspended = false;
    const line = openInEditor(corpus.dir, corpus.documents[0]!, 0, (run) => ((suspended = true), run()), {});
    expect(line).toMatch(/^no editor: set \$VISUAL or \$EDITOR/);
    expect(suspended).toBe(false);
  });

  it('reports an editor that is not found', async () => {
    const corpus = await bundledCorpus();
    expect(openInEditor(corpus.dir, corpus.documents[0]!, 0, (run) => run(), { EDITOR: 'no-such-editor-parallax' })).toMatch(/^editor not found: no-such-editor-parallax/);
  });
});
