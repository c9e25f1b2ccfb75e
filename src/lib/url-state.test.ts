import { describe, expect, it } from 'vitest';
import { parseView, rejectedFilters, viewSearch } from './url-state';

describe('parseView', () => {
  it('on an event’s own page takes the page’s event, not one its query names', () => {
    expect(parseView('?q=s-400', '/timeline/event/erdogan-2019/').event).toBe('erdogan-2019');
    expect(parseView('?event=other&q=s-400', '/timeline/event/erdogan-2019/')).toMatchObject({
      event: 'erdogan-2019',
      q: 's-400',
    });
    expect(parseView('?event=other', '/timeline/').event).toBe('other');
  });

  it('reads every parameter', () => {
    expect(parseView('?event=a-b&q=erdogan&actors=turkey,nato&kind=statement&from=2018&to=2019-06')).toEqual({
      event: 'a-b',
      q: 'erdogan',
      actors: ['turkey', 'nato'],
      kind: 'statement',
      from: '2018',
      to: '2019-06',
    });
  });

  it('drops each bad value and keeps the rest', () => {
    expect(parseView('?event=x&kind=both&from=yesterday&to=2019-02-30&actors=%3Cb%3E,turkey')).toEqual({
      event: 'x',
      q: '',
      actors: ['turkey'],
      kind: null,
      from: null,
      to: null,
    });
    expect(parseView('?actors=,,&event=')).toMatchObject({ actors: [], event: null });
  });

  it('survives broken escapes and repeated parameters', () => {
    expect(parseView('?event=%E0%A4%A&event=second').event).toBe('\uFFFD%A');
  });
});

describe("a link's long search", () => {
  it('is cut to the 500 characters the search box takes, never inside a character', () => {
    expect(parseView(`?q=${'k'.repeat(600)}`).q).toBe('k'.repeat(500));
    // Invisible direction controls would turn the box's text around and match nothing.
    expect(parseView('?q=%E2%80%AEabc%E2%80%AC%E2%81%A7d%E2%80%8F').q).toBe('abcd');
    // 499 characters, then an emoji (two UTF-16 units) across the limit: left out whole.
    expect(parseView(`?q=${encodeURIComponent('k'.repeat(499) + '😀')}`).q).toBe('k'.repeat(499));
  });
});

describe('viewSearch', () => {
  it('writes only what differs from the defaults, keeping unknown parameters', () => {
    const view = parseView('?q=a b&actors=turkey');
    expect(viewSearch(view, '?embed=1')).toBe('?embed=1&q=a+b&actors=turkey');
    expect(viewSearch(parseView(''))).toBe('');
  });

  it('round-trips a view', () => {
    const search = '?event=x&q=erdo%C4%9Fan&actors=turkey%2Cnato&kind=event&from=2018&to=2019';
    expect(parseView(viewSearch(parseView(search)))).toEqual(parseView(search));
  });
});

describe('rejectedFilters', () => {
  it('lists the filter values the page leaves out, as the link has them, actors in its order', () => {
    const lanes = new Set(['ok', 'a', 'b']);
    expect(
      rejectedFilters('?kind=both&from=yesterday&to=2019-02-30&actors=nobody,ok,%3Cb%3E,&q=x&embed=1', lanes),
    ).toEqual([
      { key: 'kind', value: 'both' },
      { key: 'from', value: 'yesterday' },
      { key: 'to', value: '2019-02-30' },
      { key: 'actors', value: 'nobody' },
      { key: 'actors', value: '<b>' },
    ]);
    // Year 0 is a date to ISO 8601 but not to the calendar: the date fields could not show it.
    expect(rejectedFilters('?from=0000-01-01&to=0001', lanes)).toEqual([
      { key: 'from', value: '0000-01-01' },
    ]);
    expect(parseView('?from=0000-01-01&to=0001')).toMatchObject({ from: null, to: '0001' });
    // A long search is cut to what the search box takes, not left out.
    expect(rejectedFilters(`?q=${'a'.repeat(501)}`, lanes)).toEqual([]);
    expect(rejectedFilters('?kind=event&from=2019&to=2019-06-04&actors=a,b&q=&event=x', lanes)).toEqual([]);
  });
});
