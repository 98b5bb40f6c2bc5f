/**
 * Shingles: a text's words as hashes, and the key of a run of them. The quote finder (quote.ts) and the
 * plain-dump grouping's shared-paragraph test (group.ts) match word runs across comments through these.
 */

/** A comment's words: where each starts and ends, and a hash of its lower-cased form (typed arrays, no objects: the index must stay cheap at 10,000 comments). */
export interface Words {
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function wordsOf(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  for (const m of text.matchAll(WORD)) {
    let h = 0x811c9dc5;
    for (let i = 0; i < m[0].length; i++) {
      let c = m[0].charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x2019) c = 39;
      else if (c > 127) c = m[0][i]!.toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, 0x01000193);
    }
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    hashes.push(h);
  }
  return { start: Int32Array.from(starts), end: Int32Array.from(ends), hash: Int32Array.from(hashes) };
}

/** A shingle's key: the hashes of its words, mixed (FNV-1a); runs are then checked word by word. */
export function hash(words: Words, at: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = at; k < at + n; k++) h = Math.imul(h ^ words.hash[k]!, 0x01000193);
  return h >>> 0;
}
