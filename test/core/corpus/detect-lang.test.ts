import { describe, expect, it } from 'vitest';
import { cjkLanguage, detectLanguage, proseOnly } from '../../../src/core/corpus/detect-lang.js';
import { functionWordLanguage } from '../../../src/core/corpus/function-words.js';

/** Prose in `lang` wrapped in the English commands, URLs and links a README has around it. */
const withCode = (prose: string) =>
  `Use \`git log --oneline --graph --decorate --all\` and \`grep -rn "pattern" src/\` with [the manual](https://example.com/docs/Guide.Html). ${prose} See https://github.com/example/repository/blob/master/README.md and \`ls -la | sort -k5 -n | tail -20\`.`;

describe('detectLanguage', () => {
  it('reads CJK prose by its script, whatever the Latin commands around it say', async () => {
    expect(await detectLanguage(withCode('熟练使用命令行是一种常常被忽视的技能，但实际上，它会提高你作为工程师的灵活性以及生产力。这篇文章是许多作者和译者共同的成果。'))).toBe('zh-Hans');
    expect(await detectLanguage(withCode('熟練使用命令列是一種常常被忽視的技能，但實際上，它會提高你作為工程師的靈活性以及生產力。這篇文章是許多作者和譯者共同的成果。'))).toBe('zh-Hant');
    expect(await detectLanguage(withCode('コマンドラインを使いこなすことは、よく見過ごされるスキルです。このドキュメントは、多くの著者と翻訳者によるものです。'))).toBe('ja');
    expect(await detectLanguage(withCode('커맨드라인을 능숙하게 다루는 것은 흔히 무시되는 기술입니다. 이 문서는 많은 저자와 번역가들의 작업입니다.'))).toBe('ko');
  });

  it('reads Latin-script prose by its function words, not by the commands around it', async () => {
    const german = 'Die Kommandozeile fließend zu beherrschen ist eine oft vernachlässigte Fähigkeit, die aber die Flexibilität und Produktivität eines Ingenieurs auf verschiedene Weise verbessert. Dies ist eine Auswahl von Notizen und Tipps, die ich bei der Arbeit mit Linux gefunden habe. Einige Tipps sind elementar, andere sind recht speziell, und es ist nicht schwer, sie zu lernen, wenn man sich die Zeit nimmt und auch die Beispiele ausprobiert, die in der Anleitung für die Benutzer stehen.';
    expect(await detectLanguage(withCode(german))).toBe('de');
    const indonesian = 'Menguasai baris perintah adalah keterampilan yang sering diabaikan, tetapi sebenarnya bisa meningkatkan fleksibilitas dan produktivitas. Dokumen ini adalah kumpulan catatan yang saya temukan saat bekerja dengan Linux. Beberapa tips bersifat dasar, dan beberapa cukup spesifik, karena itu tidak semua orang akan membutuhkannya, tetapi banyak yang akan berguna untuk pekerjaan sehari-hari dengan berkas dan perintah yang ada di dalam sistem tersebut.';
    expect(await detectLanguage(indonesian)).toBe('id');
  });

  it('answers "und" for text with no language in it', async () => {
    expect(await detectLanguage('12345 67890 !!! ???')).toBe('und');
  });
});

describe('the parts of detection', () => {
  it('leaves inline code, URLs, link targets, tags and addresses out of the prose', () => {
    const prose = proseOnly('Run `make all` at <b>https://x.org/a</b> or [here](http://y.org) mail me@host.org now');
    expect(prose).not.toMatch(/make|x\.org|y\.org|host|<b>/);
    expect(prose).toMatch(/^Run .* or \[here .* now$/);
  });

  it('answers null where CJK letters are few beside Latin ones', () => {
    expect(cjkLanguage('This long English sentence mentions 中文 once and goes on in English for a good while longer.')).toBeNull();
  });

  it('answers no language from function words when there are too few', () => {
    expect(functionWordLanguage('the cat')).toBeNull();
  });
});
