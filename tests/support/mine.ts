/** Run the whole pipeline in memory on a seeds folder (and its content folder's overrides): path → text. */
import { assemble } from '../../src/pipeline/assemble.ts';
import type { Corpus } from '../../src/pipeline/corpus.ts';
import { emit } from '../../src/pipeline/emit.ts';
import { readOverrides, readSeeds } from '../../src/pipeline/run.ts';
import { quietContext } from '../../src/pipeline/stage.ts';
import { stages } from '../../src/pipeline/stages.ts';

export function mineFolder(seedsDir: string, contentDir?: string): { corpus: Corpus; files: Map<string, string> } {
  const ctx = { ...quietContext, overrides: contentDir ? readOverrides(contentDir) : quietContext.overrides };
  let corpus = assemble(readSeeds(seedsDir).files);
  for (const stage of stages) corpus = stage.run(corpus, ctx);
  return { corpus, files: emit(corpus) };
}
