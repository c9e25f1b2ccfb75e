import { FilterXSS } from 'xss';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './vis-xss';

describe('the stand-in for vis-timeline’s xss filter', () => {
  it('is what `xss` resolves to in this build, and escapes markup instead of filtering it', () => {
    const filter = new FilterXSS();
    expect(filter.process('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
    expect(filter.process('<b>June</b> 2019')).toBe('&lt;b&gt;June&lt;/b&gt; 2019');
  });

  it('leaves plain text (the axis labels) as it is', () => {
    expect(escapeHtml('June 2019')).toBe('June 2019');
    expect(escapeHtml('Tue 4 Jun')).toBe('Tue 4 Jun');
    expect(escapeHtml("Rock & 'roll'")).toBe('Rock &amp; &#39;roll&#39;');
  });
});
