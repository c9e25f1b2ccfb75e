/** Counts as the page writes them: in English, as all its text, with thousands separated ("10,000"). */
const NUMBER = new Intl.NumberFormat('en');

export const formatNumber = (n: number) => NUMBER.format(n);

/** "1 event", "10,000 events". */
export const countOf = (n: number, noun: string) => `${formatNumber(n)} ${n === 1 ? noun : `${noun}s`}`;
