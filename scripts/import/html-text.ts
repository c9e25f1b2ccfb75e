/**
 * HTML from a TimelineJS field -> plain text. The text is parsed with a real HTML parser (htmlparser2,
 * which also decodes entities), never matched with regular expressions, and only its text comes out:
 * paragraphs become blank lines, <br> a line break, a link "its text (https://…)". Nothing that could
 * act as markup survives, because nothing is ever turned back into HTML.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

type Document = ReturnType<typeof parseDocument>;
type Node = Document['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

export interface PlainText {
  text: string;
  /** What the text had that plain text cannot keep, e.g. 'an image "https://…/a.jpg"'. */
  dropped: string[];
}

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);
/**
 * TimelineJS's own note, `<span class="tl-note">`, which its stylesheet shows as a block: a paragraph
 * of its own, not run on into the sentence before it.
 */
const isNote = (element: Element) => /(?:^|\s)tl-note(?:\s|$)/.test(element.attribs.class ?? '');
/** Elements that start and end a line. */
const LINES = new Set(['dd', 'dt', 'li', 'tr', 'caption']);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['head', 'noscript', 'script', 'style', 'template', 'title']);
/** Embedded content: plain text cannot hold it, so it is reported. */
const EMBEDDED = new Set(['audio', 'canvas', 'embed', 'iframe', 'img', 'object', 'picture', 'svg', 'video']);

const SPACE = /\s+/g;

function describe(value: string): string {
  const json = JSON.stringify(value);
  return json.length > 90 ? `${json.slice(0, 87)}..."` : json;
}

/** A link target worth keeping in the text: web and mail addresses only. */
function keptHref(href: string): string | undefined {
  try {
    const { protocol } = new URL(href);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the link text already says where it goes ("example.org", "https://example.org/"). */
function sameAsText(href: string, text: string): boolean {
  const bare = (s: string) => s.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return bare(href) === bare(text);
}

/** Builds the text: words, single spaces, and at most one blank line in a row. */
class TextBuilder {
  private out = '';
  /** Newlines owed before the next word: 1 = line break, 2 = new paragraph. */
  private breaks = 0;
  private space = false;

  word(text: string) {
    if (text === '') return;
    if (this.out !== '') {
      if (this.breaks > 0) this.out += '\n'.repeat(this.breaks);
      else if (this.space) this.out += ' ';
    }
    this.out += text;
    this.breaks = 0;
    this.space = false;
  }

  /** Text whose runs of white space are already single spaces. */
  text(text: string) {
    const core = text.trim();
    if (/^\s/.test(text)) this.space = true;
    this.word(core);
    if (core !== '' && /\s$/.test(text)) this.space = true;
  }

  /** <br>: each one is a line break, two in a row leave a blank line. */
  lineBreak() {
    this.breaks = Math.min(2, this.breaks + 1);
  }

  /** The edge of a block: at least `breaks` newlines, but block edges do not add up. */
  edge(breaks: 1 | 2) {
    this.breaks = Math.max(this.breaks, breaks);
  }

  toString() {
    return this.out;
  }
}

function hasLayout(nodes: Node[]): boolean {
  return (
    DomUtils.findOne(
      (el) => el.name === 'br' || BLOCKS.has(el.name) || LINES.has(el.name) || isNote(el),
      nodes,
    ) !== null
  );
}

function render(nodes: Node[], dropped: string[]): string {
  // HTML with paragraphs or <br> follows HTML's rules: a newline in the source is a space. Text without
  // them (a sheet cell typed by hand) means its newlines: they are the author's line breaks.
  const newlinesAreBreaks = !hasLayout(nodes);
  const out = new TextBuilder();
  const listCounters: number[] = [];

  const visit = (node: Node, pre: boolean) => {
    if (node.type === ElementType.Text) {
      const lines = newlinesAreBreaks || pre ? node.data.split(/\r?\n/) : [node.data];
      lines.forEach((line, i) => {
        if (i > 0) out.lineBreak();
        out.text(line.replace(SPACE, ' '));
      });
      return;
    }
    if (!('attribs' in node)) return; // comments, doctypes: not text
    const element: Element = node;
    const name = element.name;
    if (HIDDEN.has(name)) {
      if (name === 'script' || name === 'style') dropped.push(`a <${name}> element (removed)`);
      return;
    }
    if (EMBEDDED.has(name)) {
      const src = element.attribs.src ?? element.attribs.data ?? '';
      const alt = element.attribs.alt ?? '';
      dropped.push(
        `${name === 'img' ? 'an image' : `an embedded <${name}>`}${src ? ` ${describe(src)}` : ''}` +
          (alt ? ` (alt text ${describe(alt)})` : ''),
      );
      return;
    }
    if (name === 'br') {
      out.lineBreak();
      return;
    }
    const block = BLOCKS.has(name) || isNote(element) ? 2 : LINES.has(name) ? 1 : 0;
    if (block) out.edge(block);
    if (name === 'ol' || name === 'ul') listCounters.push(name === 'ol' ? 1 : 0);
    if (name === 'li') {
      const depth = listCounters.length - 1;
      const n = listCounters[depth] ?? 0;
      out.word(n > 0 ? `${n}.` : '•');
      out.text(' ');
      if (n > 0) listCounters[depth] = n + 1;
    }
    if (name === 'q') out.word('“');
    if (name === 'a') {
      const before = out.toString().length;
      element.children.forEach((child) => visit(child, pre));
      const label = out.toString().slice(before).trim();
      const href = (element.attribs.href ?? '').trim();
      const kept = keptHref(href);
      if (href !== '' && kept === undefined)
        dropped.push(`a link to ${describe(href)} (only http, https and mailto links are kept)`);
      if (kept !== undefined && !sameAsText(kept, label)) {
        if (label === '') out.word(kept);
        else {
          out.text(' ');
          out.word(`(${kept})`);
        }
      }
      return;
    }
    element.children.forEach((child) => visit(child, pre || name === 'pre'));
    if (name === 'q') out.word('”');
    if (name === 'ol' || name === 'ul') listCounters.pop();
    if (name === 'td' || name === 'th') out.text(' ');
    if (block) out.edge(block);
  };
  nodes.forEach((node) => visit(node, false));
  return out.toString();
}

function parse(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** Plain text of an HTML fragment, with its paragraphs and line breaks as newlines. */
export function htmlToText(html: string): PlainText {
  const dropped: string[] = [];
  return { text: render(parse(html).children, dropped), dropped };
}

/** Plain text on one line (headlines, names, captions): line breaks become spaces. */
export function htmlToLine(html: string): PlainText {
  const { text, dropped } = htmlToText(html);
  return { text: text.replace(SPACE, ' ').trim(), dropped };
}

export interface Blockquote {
  /** The quoted words, without a <cite> and without quotation marks around the whole. */
  text: string;
  /** Text of the <cite>, when there is one, without a leading dash. */
  cite?: string;
  /** Text found outside the blockquote (it is not part of the quote). */
  outside: string;
  dropped: string[];
}

const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['‘', '’'],
  ["'", "'"],
];

/** '"Nobody would touch it."' -> 'Nobody would touch it.', but '"A," she said.' stays as it is. */
export function unwrapQuotationMarks(text: string): string {
  for (const [open, close] of QUOTE_PAIRS) {
    const inner = text.slice(open.length, -close.length);
    if (
      text.length > open.length + close.length &&
      text.startsWith(open) &&
      text.endsWith(close) &&
      !inner.includes(open) &&
      !inner.includes(close)
    ) {
      return inner.trim();
    }
  }
  return text;
}

/** The first <blockquote> of a TimelineJS "media" field, or undefined when it has none. */
export function readBlockquote(html: string): Blockquote | undefined {
  const document = parse(html);
  const quote = DomUtils.findOne((el) => el.name === 'blockquote', document.children);
  if (quote === null) return undefined;
  const dropped: string[] = [];
  const cite = DomUtils.findOne((el) => el.name === 'cite', quote.children);
  let speaker: string | undefined;
  if (cite !== null) {
    const line = render(cite.children, dropped).replace(SPACE, ' ').trim();
    speaker = line.replace(/^[—–―~-]+\s*/, '') || undefined;
    DomUtils.removeElement(cite);
  }
  let text = render(quote.children, dropped);
  if (cite !== null) text = text.replace(/[\s—–―~-]+$/, '');
  DomUtils.removeElement(quote);
  const outside = render(document.children, dropped);
  return {
    text: unwrapQuotationMarks(text.trim()),
    ...(speaker === undefined ? {} : { cite: speaker }),
    outside,
    dropped,
  };
}

/** Whether a "media" value is HTML rather than an address. */
export function isHtml(value: string): boolean {
  return /^\s*</.test(value);
}
