/** A corpus built to break loaders: escapes, bad UTF-8, BOM+CRLF, empty, binary, a huge line, CJK and emoji. */
export const HOSTILE_FILES: Record<string, string | Uint8Array> = {
  'escapes.txt': 'Title \u001b]0;pwned\u0007 here\nClipboard \u001b]52;c;SGVsbG8=\u0007 and \u001b[2J\u001b[H moves.\nLink \u001b]8;;http://evil\u001b\\click\u001b]8;;\u001b\\ and bidi \u202Egnp.exe\nBack\b\bspace and bare\rreturn and C1 \u009b31m.\n',
  'invalid-utf8.txt': Uint8Array.from([...Buffer.from('Broken bytes\nHere come '), 0xc3, 0x28, 0xff, ...Buffer.from(' and more.\n')]),
  'bom-crlf.txt': '\uFEFFWindows title\r\nFirst line.\r\nSecond line.\r\n',
  'empty.txt': '',
  'blank.md': '\n\n   \n',
  'binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]),
  'huge-line.txt': 'Huge\n' + 'word '.repeat(200_000) + '\n',
  'cjk-emoji.md': '阿里巴巴在硅谷招聘 👩‍💻\n\n字节跳动和美团也在扩张。日本語のテキストもある。Zürich café 🚀\n',
  'notes.json': '{"ignored": true}',
};
