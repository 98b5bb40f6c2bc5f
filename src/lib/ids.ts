/**
 * Stable, readable ids derived from content: never from run order or time. Shared by the pipeline
 * and the pages; no Node-only imports.
 */

/** Lowercase ASCII words joined by "-", at most `maxWords` words and `maxLength` characters. */
export function slugify(text: string, maxWords = 6, maxLength = 48): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || '';
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a text (not for security). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `prefix-words-hash`, e.g. `emanuelr-i-think-that-this-3f9a1c`: readable and stable. */
export function contentId(prefix: string, text: string, words = 5): string {
  const slug = slugify(text, words, 40);
  return [prefix, slug, fingerprint(text.normalize('NFC').replace(/\s+/g, ' ').trim()).slice(0, 6)].filter(Boolean).join('-');
}

/**
 * Make ids unique in the order given: a repeat gets `-2`, `-3`, … (stable for the same input).
 */
export function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
