/** Real-shaped documents for the format tests: a saved news page with boilerplate, and Word files made here. */
import JSZip from 'jszip';

export const NEWS_PAGE = `<!doctype html>
<html lang="en-GB"><head><title>Rivers rise in the north | Daily Example</title>
<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2024-03-05T10:00:00Z">
<style>body { color: red }</style><script>var ads = "Buy now";</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Celebrity does thing</a></li><li><a href="/y">Another thing</a></li></ul></aside>
<main><article>
<h1>Rivers rise in the north</h1>
<p>Heavy rain caused rivers to rise across the northern region on Tuesday, forcing hundreds of families to leave their homes. Officials said the water levels were the highest in twenty years.</p>
<p>The regional government opened emergency shelters in three towns. Volunteers brought food, blankets and dry clothes to the people who had to leave.</p>
<h2>Warnings ignored</h2>
<p>Residents said they had received warnings but did not expect the water to rise so quickly. "We thought we had a day," said one farmer, who lost most of his animals.</p>
<ul><li>Three towns evacuated</li><li>Two bridges closed<ul><li>One of them may collapse</li></ul></li></ul>
<blockquote><p>We will rebuild, as we always have.</p></blockquote>
<p>Forecasters expect more rain later this week, and the army has been asked to stand by.</p>
</article></main>
<footer><p>Copyright Daily Example. All rights reserved.</p><script>track()</script></footer>
</body></html>`;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const para = (text: string, style?: string, list?: number) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${list !== undefined ? `<w:numPr><w:ilvl w:val="${list}"/><w:numId w:val="1"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A minimal Word file: heading and list styles, a numbering definition, the given body, and core properties (docProps/core.xml) when given. */
export async function makeDocx(body: string, coreXml?: string): Promise<Buffer> {
  const zip = new JSZip();
  if (coreXml !== undefined) zip.file('docProps/core.xml', coreXml);
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

export const STORY_DOCX_BODY = [
  para('Rivers rise in the north', 'Heading1'),
  para('Heavy rain caused rivers to rise across the northern region on Tuesday.'),
  para('Warnings ignored', 'Heading2'),
  para('Three towns evacuated', undefined, 0),
  para('One bridge may collapse', undefined, 1),
].join('');
