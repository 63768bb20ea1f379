/**
 * A saved web page as a document: the article Mozilla's Readability (the
 * extractor behind Firefox's Reader View) finds in the page, parsed by
 * linkedom, without navigation, ads, scripts and styles; its title, byline,
 * date and `lang` attribute as metadata. A page Readability finds no article
 * in is read whole, less its scripts, styles and navigation.
 */
import { assembleBlocks, type BlockText, type FileMetadata, type ParsedDocument } from './document.js';
import { domBlocks, type DomNode } from './html-blocks.js';

/** The extracted title as a first heading, unless the article already opens with it. */
function withTitle(blocks: BlockText[], title: string | undefined): BlockText[] {
  if (!title) return blocks;
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  if (blocks.slice(0, 3).some((b) => fold(b.text) === fold(title))) return blocks;
  return [{ kind: 'heading', depth: 1, text: title }, ...blocks];
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

/** Parses an HTML page (normalized text) into the blocks of its article and the metadata it declares. */
export async function parseHtml(html: string): Promise<ParsedDocument> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // linkedom builds no <html> or <body> around a fragment, as a browser would: wrap one.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const metaContent = (selector: string) => nonEmpty(document.querySelector(selector)?.getAttribute('content'));
  const declared: FileMetadata = {};
  const lang = nonEmpty(document.documentElement?.getAttribute('lang')) ?? metaContent('meta[http-equiv="content-language" i]');
  if (lang) declared.lang = lang;
  const author = metaContent('meta[name="author"]');
  if (author) declared.author = author;
  const date = metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]');
  if (date) declared.date = date;
  const pageTitle = nonEmpty(document.querySelector('title')?.textContent);
  let article: ReturnType<InstanceType<typeof Readability>['parse']>;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const meta: FileMetadata = { ...declared };
    const title = nonEmpty(article.title) ?? pageTitle;
    if (title) meta.title = title;
    const byline = nonEmpty(article.byline);
    if (byline) meta.author = byline;
    const published = nonEmpty(article.publishedTime);
    if (published) meta.date = published;
    const articleLang = nonEmpty(article.lang);
    if (articleLang && !meta.lang) meta.lang = articleLang;
    return assembleBlocks(withTitle(domBlocks(content.body as unknown as DomNode), title), meta);
  }
  // No article found (Readability changes the page as it works): read the page again, whole.
  const { document: whole } = parseHTML(page);
  for (const el of whole.querySelectorAll('script, style, noscript, template, nav, header, footer, aside, form')) el.remove();
  const meta: FileMetadata = { ...declared };
  if (pageTitle) meta.title = pageTitle;
  // A page whose markup put its text outside <body> is read from its root.
  const root = whole.body?.childNodes.length ? whole.body : whole.documentElement;
  return assembleBlocks(withTitle(domBlocks(root as unknown as DomNode), pageTitle), meta);
}
