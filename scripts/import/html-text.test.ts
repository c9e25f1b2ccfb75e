import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText, isHtml, readBlockquote, unwrapQuotationMarks } from './html-text.ts';

const text = (html: string) => htmlToText(html).text;

describe('htmlToText', () => {
  it('keeps paragraphs as blank lines and <br> as line breaks', () => {
    expect(text('<p>One.</p><p>Two<br>lines.</p>')).toBe('One.\n\nTwo\nlines.');
    expect(text('<div>A</div><div>B</div>')).toBe('A\n\nB');
    expect(text('<p>A<br><br>B</p>')).toBe('A\n\nB');
  });

  it("makes TimelineJS's note (span.tl-note, a block in its stylesheet) a paragraph of its own", () => {
    expect(text('On the Apollo Project.<span class="tl-note">Videos embed easily.</span>')).toBe(
      'On the Apollo Project.\n\nVideos embed easily.',
    );
    expect(text('A.<span class="x tl-note big">Note\n text.</span> B.')).toBe('A.\n\nNote text.\n\nB.');
    // Only that class: another span runs on, as in HTML.
    expect(text('A.<span class="tl-notes">B.</span>')).toBe('A.B.');
  });

  it('follows HTML white space in HTML with paragraphs, and keeps the newlines of plain text', () => {
    expect(text('<p>Some\n   wrapped\ttext</p>')).toBe('Some wrapped text');
    expect(text('First line.\nSecond line.')).toBe('First line.\nSecond line.');
    expect(text('First.\n\n\nSecond.')).toBe('First.\n\nSecond.');
    expect(text('  <b>bold</b>   and <i>italic</i>  ')).toBe('bold and italic');
  });

  it('decodes entities', () => {
    expect(text('Fish &amp; chips &mdash; &quot;caf&eacute;&quot; &#8212; &lt;b&gt;')).toBe(
      'Fish & chips — "café" — <b>',
    );
    expect(text('a&nbsp;b')).toBe('a b');
  });

  it('keeps links as "text (address)", once when the text is the address', () => {
    expect(text('see <a href="https://example.org/loan">the report</a>.')).toBe(
      'see the report (https://example.org/loan).',
    );
    expect(text('<a href="https://example.org/">example.org</a>')).toBe('example.org');
    expect(text('<a href="https://example.org/x"></a>')).toBe('https://example.org/x');
    expect(text('<a href="mailto:a@example.org">write</a>')).toBe('write (mailto:a@example.org)');
  });

  it('drops what is not text, and says so', () => {
    const result = htmlToText(
      '<p>Hi<script>alert(1)</script><img src="x.jpg" alt="A cat" onerror="alert(1)"> ' +
        '<a href="javascript:alert(1)">there</a></p><style>p{}</style><iframe src="https://e.org/v"></iframe>',
    );
    expect(result.text).toBe('Hi there');
    expect(result.dropped).toEqual([
      'a <script> element (removed)',
      'an image "x.jpg" (alt text "A cat")',
      'a link to "javascript:alert(1)" (only http, https and mailto links are kept)',
      'a <style> element (removed)',
      'an embedded <iframe> "https://e.org/v"',
    ]);
  });

  it('writes lists one item a line', () => {
    expect(text('<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>')).toBe(
      '• one\n• two\n\n1. first\n2. second',
    );
  });

  it('never lets markup through, however broken the HTML', () => {
    for (const html of [
      '<p>a <b>b',
      '</p>x</div>',
      '<a href="https://e.org"><p>y</a>',
      '<<p>>z',
      '<!-- c -->w',
    ]) {
      expect(text(html)).not.toMatch(/<\/?[a-z!]/i);
    }
  });
});

describe('htmlToLine', () => {
  it('puts everything on one line', () => {
    expect(htmlToLine('<p>A</p><p>B<br>C</p>').text).toBe('A B C');
  });
});

describe('readBlockquote', () => {
  it('splits the quote from its <cite>', () => {
    const quote = readBlockquote(
      '<blockquote>There is no demand. <cite>Edith Clarke, first female professor</cite></blockquote>',
    );
    expect(quote).toEqual({
      text: 'There is no demand.',
      cite: 'Edith Clarke, first female professor',
      outside: '',
      dropped: [],
    });
  });

  it('drops a dash before the cite and quotation marks around the whole quote', () => {
    expect(
      readBlockquote('<blockquote><p>“We will.”</p> — <cite>— Ana Ruiz</cite></blockquote>'),
    ).toMatchObject({
      text: 'We will.',
      cite: 'Ana Ruiz',
    });
  });

  it('has no cite when there is none, and reports text outside the blockquote', () => {
    const quote = readBlockquote('Intro <blockquote>"A," she said.</blockquote> after');
    expect(quote).toEqual({ text: '"A," she said.', outside: 'Intro after', dropped: [] });
  });

  it('is undefined for media that is not a blockquote', () => {
    expect(readBlockquote('<iframe src="x"></iframe>')).toBeUndefined();
    expect(isHtml('https://example.org')).toBe(false);
    expect(isHtml(' <blockquote>x</blockquote>')).toBe(true);
  });
});

describe('unwrapQuotationMarks', () => {
  it('removes only marks around the whole text', () => {
    expect(unwrapQuotationMarks('"Nobody would touch it."')).toBe('Nobody would touch it.');
    expect(unwrapQuotationMarks('«Non.»')).toBe('Non.');
    expect(unwrapQuotationMarks('"A" and "B"')).toBe('"A" and "B"');
    expect(unwrapQuotationMarks('"We have it," the ministry said.')).toBe('"We have it," the ministry said.');
  });
});
