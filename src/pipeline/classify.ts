/**
 * The roles step: every sentence's role (claim, objection, support, question, aside) from the classifier
 * in mine.ts. The one wink-nlp parse per sentence happens here, in batches; its tokens are kept for the
 * link terms. Which sentences are someone else's words is decided after, by the quote step (quote.ts).
 */
import { classify } from './mine.ts';
import type { MineStep, SentenceRecord } from './mining.ts';
import { tokensOfMany, type Token } from './nlp.ts';

export const rolesStep: MineStep = {
  name: 'roles',
  run(m, ctx) {
    const records = m.records;
    const tokenCache = new Map<SentenceRecord, Token[]>();
    const batch = 2000;
    for (let k = 0; k < records.length; k += batch) {
      ctx.progress('roles', k, records.length);
      const slice = records.slice(k, k + batch);
      const toks = tokensOfMany(slice.map((r) => r.text));
      slice.forEach((r, i) => {
        const p = r.comment.data.paragraphs[r.paragraph]!;
        tokenCache.set(r, toks[i]!);
        r.words = toks[i]!.filter((t) => t.type === 'word').length;
        // A table's cells name things (a row label, a figure): never a claim, however they read.
        if (p.kind === 'table') {
          r.decision = { role: 'aside', rule: 'table' };
          return;
        }
        r.decision = classify(r.text, { wholeParagraph: p.offsets.start === r.offsets.start && p.offsets.end === r.offsets.end }, toks[i]!);
      });
    }
    ctx.progress('roles', records.length, records.length);

    return { ...m, tokens: tokenCache };
  },
};
