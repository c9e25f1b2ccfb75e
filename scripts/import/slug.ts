/** Ids for imported entries: slugs made from names, the same for the same input. */

// Letters that Unicode does not decompose into a base letter and an accent.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** "Rózsa Péter writes recursion" -> "rozsa-peter-writes-recursion"; at most `max` characters, cut at a hyphen. */
export function slugify(text: string, max = 50): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * Hands out unique ids: the first "x" is "x", the next ones "x-2", "x-3"… Ids depend only on the
 * order of the calls, so the same input in the same order always gets the same ids.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();

  constructor(private readonly fallback: string) {}

  /** A fresh id from `text` (or the fallback word when `text` has no letters or digits). */
  next(text: string, max?: number): string {
    const base = slugify(text, max) || this.fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
