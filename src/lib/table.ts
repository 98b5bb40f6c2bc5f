/**
 * A table paragraph's text → its rows of cells, each cell the inline runs it holds (formatting and links
 * kept). Pure and string-only: TableText.astro interpolates the pieces, nothing is parsed as HTML.
 */
import type { Inline, Paragraph } from '../schemas/comment.ts';
import { segmentParagraph, type Span } from './segments.ts';

export interface TableRows {
  /** The first row is a header row. */
  header: boolean;
  /** Rows of cells; every row padded with empty cells to the widest row. */
  rows: Inline[][][];
}

/** Cut a `table` paragraph at its tabs (cells) and line breaks (rows), as the schema lays it out. */
export function tableRows(p: Paragraph): TableRows {
  // The runs' texts joined are the paragraph's text (the schema's promise).
  const own = p.inlines.map((r) => r.text).join('');
  const spans: Span[] = [];
  const shape: number[][] = [];
  let at = p.offsets.start;
  own.split('\n').forEach((line) => {
    const row: number[] = [];
    for (const cell of line.split('\t')) {
      row.push(spans.length);
      spans.push({ start: at, end: at + cell.length });
      at += cell.length + 1;
    }
    shape.push(row);
  });
  const runs = new Map<number, Inline[]>();
  for (const s of segmentParagraph(p, spans)) if (s.range !== undefined) runs.set(s.range, s.runs);
  const width = Math.max(...shape.map((r) => r.length));
  const rows = shape.map((r) => [...r.map((k) => runs.get(k) ?? []), ...Array.from({ length: width - r.length }, () => [])]);
  return { header: p.header === true, rows };
}
