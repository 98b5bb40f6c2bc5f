/**
 * SVG path data for the shapes of src/lib/visual.ts, centred on 0,0, each filling about the same area
 * as a circle of radius r, so no shape looks more important than another. Used by the local graphs
 * (and usable by any SVG drawing: a path string is plain data).
 */
import type { Shape } from './visual.ts';

const f = (n: number) => String(Math.round(n * 100) / 100);
const poly = (points: [number, number][]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;

export function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const s = r * 0.89;
      return poly([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'diamond': {
      const s = r * 1.25;
      return poly([[0, -s], [s, 0], [0, s], [-s, 0]]);
    }
    case 'triangle': {
      const s = r * 1.35;
      const h = (s * Math.sqrt(3)) / 2;
      return poly([[0, -s], [h, s / 2], [-h, s / 2]]);
    }
    case 'cross': {
      const a = r * 0.4;
      const b = r * 1.1;
      return poly([[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]);
    }
    case 'hexagon': {
      const s = r * 1.1;
      return poly([0, 1, 2, 3, 4, 5].map((i) => [s * Math.cos((Math.PI / 3) * i - Math.PI / 2), s * Math.sin((Math.PI / 3) * i - Math.PI / 2)]));
    }
  }
}
