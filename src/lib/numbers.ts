/**
 * Counts as the page writes them: in English, as all its text, with thousands separated ("10,000").
 * Whole numbers only. Not `Intl.NumberFormat`: the page's first Intl formatter costs 15–25 ms of ICU
 * set-up, and a count is in the first render (the dates, which need one, come later).
 */
export const formatNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "1 event", "10,000 events". */
export const countOf = (n: number, noun: string) => `${formatNumber(n)} ${n === 1 ? noun : `${noun}s`}`;
