import { describe, expect, it } from 'vitest';
import { clipboardSequence, copyToClipboard, MAX_COPY_BYTES } from '../../src/ui/clipboard.js';

const decode = (seq: string) => Buffer.from(/\]52;c;([A-Za-z0-9+/=]*)\u0007/.exec(seq)![1]!, 'base64').toString('utf8');

describe('clipboard through OSC 52', () => {
  it('sends the text base64-encoded, sanitized, with a status saying what the terminal must allow', () => {
    let sent = '';
    const line = copyToClipboard('Wang Xing\u001b]0;evil\u0007 ¶ 王兴', (d) => (sent += d), { TERM: 'xterm-256color' });
    expect(sent.startsWith('\u001b]52;c;')).toBe(true);
    expect(decode(sent)).toBe('Wang Xing^[]0;evil^G ¶ 王兴');
    expect(line).toMatch(/^copied 23 characters \(OSC 52/);
  });

  it('inside tmux also wraps it in the passthrough, with its escapes doubled', () => {
    const r = clipboardSequence('hi', { TMUX: '/tmp/tmux-1/default,1,0', TERM: 'screen' });
    expect('sequence' in r && r.via).toBe('tmux');
    const seq = 'sequence' in r ? r.sequence : '';
    expect(seq).toContain('\u001bPtmux;\u001b\u001b]52;c;aGk=\u0007\u001b\\');
    expect(seq.startsWith('\u001b]52;c;aGk=\u0007')).toBe(true);
  });

  it('refuses TERM=dumb and text longer than terminals take, writing nothing', () => {
    let sent = '';
    expect(copyToClipboard('x', (d) => (sent += d), { TERM: 'dumb' })).toMatch(/TERM=dumb/);
    expect(copyToClipboard('x'.repeat(MAX_COPY_BYTES + 1), (d) => (sent += d), { TERM: 'xterm' })).toMatch(/^cannot copy: 75 kB/);
    expect(sent).toBe('');
  });
});
