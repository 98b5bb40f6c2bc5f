/**
 * Draws the local graph of a claim page from the neighbourhood the build embedded in
 * `[data-local-graph]` (computed by src/lib/neighbourhood.ts). Only drawing happens here: which nodes
 * to show for a depth and a set of relations is `visible()`, shared with the build. Every node is an
 * SVG link to its page; DOM is built with d3-selection (createElementNS, textContent), never from HTML.
 * Labels stay inside the frame (the view is fitted to what is drawn); where there are too many to
 * label, hovering or focusing a node shows a card with its words, kept inside the frame too.
 */
import { select, type Selection } from 'd3-selection';
import { visible, relationPhrase, RINGS, type LocalEdge, type LocalNode, type Neighbourhood } from '../lib/neighbourhood.ts';
import { NODE_STYLES, RELATION_STYLES, nodeStyleKey, type RelationKey } from '../lib/visual.ts';
import { RELATIONS } from '../schemas/relations.ts';
import { shapePath } from '../lib/shapes.ts';
import { wrapLabel } from '../lib/words.ts';

type Data = Neighbourhood & { names: Record<string, string> };

for (const figure of document.querySelectorAll<HTMLElement>('[data-local-graph]')) draw(figure);

function draw(figure: HTMLElement): void {
  const data = JSON.parse(figure.dataset.localGraph ?? '{}') as Data;
  const stage = figure.querySelector<HTMLElement>('.lg-stage');
  const caption = figure.querySelector<HTMLElement>('.lg-caption');
  const depthButton = figure.querySelector<HTMLButtonElement>('.lg-depth');
  const boxes = [...figure.querySelectorAll<HTMLInputElement>('.lg-filter input[type="checkbox"]')];
  if (!stage || !caption || !data.nodes) return;
  const captions = ['', caption.textContent ?? '', 'This claim in the middle; one and two steps out, the claims and papers linked to it and to them. Every shape is a link.'];
  let restCaption = captions[1]!;

  const svg = select(stage)
    .append('svg')
    .attr('class', 'lg-svg')
    .attr('role', 'group')
    .attr('aria-label', 'Local graph of this claim');
  const defs = svg.append('defs');
  for (const k of RELATIONS) {
    if (!RELATION_STYLES[k].arrow) continue;
    defs
      .append('marker')
      .attr('id', `lg-arrow-${k}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('orient', 'auto')
      .append('path')
      .attr('class', `lg-head rel-${k}`)
      .attr('d', 'M0,0L10,5L0,10Z');
  }
  const edgeLayer = svg.append('g').attr('class', 'lg-edges');
  const nodeLayer = svg.append('g').attr('class', 'lg-nodes');
  // Labels repeat the start of each link's name: a layer of their own, hidden from assistive technology.
  const labelLayer = svg.append('g').attr('class', 'lg-labels').attr('aria-hidden', 'true');

  // A card for the node under the pointer or focus: what the caption says, next to the node. The caption
  // (read out) carries the same words, so the card is hidden from assistive technology.
  const card = document.createElement('div');
  card.className = 'lg-card';
  card.setAttribute('aria-hidden', 'true');
  card.hidden = true;
  stage.append(card);
  const showCard = (n: LocalNode | undefined, node: Element | undefined) => {
    if (!n || !node || n.depth === 0) {
      card.hidden = true;
      return;
    }
    const role = NODE_STYLES[nodeStyleKey(n)].label;
    const by = n.author ? ` · ${data.names[n.author] ?? n.author}` : '';
    const head = document.createElement('span');
    head.className = 'lg-card-head';
    head.textContent = `${relationPhrase(n.relation!, n.direction === 'in' ? 'out' : 'in')} ${n.parent === data.center ? 'this claim' : 'a neighbour'} · ${role}${by}`;
    const text = document.createElement('span');
    text.className = 'lg-card-text';
    text.textContent = n.label;
    card.replaceChildren(head, text);
    card.hidden = false;
    const box = stage.getBoundingClientRect();
    const at = node.getBoundingClientRect();
    const x = at.left + at.width / 2 - box.left;
    const below = at.top + at.height / 2 - box.top < box.height / 2;
    const width = card.offsetWidth;
    card.style.left = `${Math.max(4, Math.min(box.width - width - 4, x - width / 2))}px`;
    card.style.top = below ? `${at.bottom - box.top + 6}px` : '';
    card.style.bottom = below ? '' : `${box.bottom - at.top + 6}px`;
  };

  let depth = 1;
  let labelled = true;
  const describe = (n: LocalNode) => {
    const role = NODE_STYLES[nodeStyleKey(n)].label;
    if (n.depth === 0) return `This claim (${role.toLowerCase()}): ${n.label}`;
    const by = n.author ? ` by ${data.names[n.author] ?? n.author}` : '';
    const parent = n.parent === data.center ? 'this claim' : 'a neighbour';
    // Seen from the node: the edge that reached it runs the other way.
    return `${role}${by}, ${relationPhrase(n.relation!, n.direction === 'in' ? 'out' : 'in')} ${parent}: ${n.label}`;
  };
  const highlight = (n: LocalNode | undefined, node?: Element) => {
    caption.textContent = n ? describe(n) : restCaption;
    showCard(n, node);
    nodeLayer.selectAll<SVGAElement, LocalNode>('a').classed('is-active', (d) => d.id === n?.id);
    edgeLayer.selectAll<SVGLineElement, LocalEdge>('line').classed('is-active', (e) => !!n && (e.source === n.id || e.target === n.id));
    labelLayer.selectAll<SVGTextElement, LocalNode>('text').classed('is-active', (d) => d.id === n?.id);
  };

  function render(): void {
    const relations = boxes.length ? boxes.filter((b) => b.checked).map((b) => b.value as RelationKey) : RELATIONS;
    const shown = visible(data, { depth, relations });
    const at = new Map(shown.nodes.map((n) => [n.id, n]));
    // Few nodes: room for a label by each (at one step or two). More: shapes, and a card on hover and focus.
    labelled = shown.nodes.length <= 9;
    const r = depth === 1 ? 12 : 13;

    edgeLayer
      .selectAll<SVGLineElement, LocalEdge>('line')
      .data(shown.edges, (e) => `${e.source}|${e.kind}|${e.target}`)
      .join('line')
      .attr('class', (e) => `lg-edge rel-${e.kind}`)
      .attr('stroke-dasharray', (e) => (RELATION_STYLES[e.kind].dash.length ? RELATION_STYLES[e.kind].dash.map((d) => d * 1.5).join(' ') : null))
      .attr('marker-end', (e) => (RELATION_STYLES[e.kind].arrow ? `url(#lg-arrow-${e.kind})` : null))
      .each(function (e) {
        const s = at.get(e.source)!;
        const t = at.get(e.target)!;
        const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
        const ux = (t.x - s.x) / len;
        const uy = (t.y - s.y) / len;
        const rs = (s.depth === 0 ? 1.5 : 1) * r + 2;
        const rt = (t.depth === 0 ? 1.5 : 1) * r + 4;
        select(this).attr('x1', s.x + ux * rs).attr('y1', s.y + uy * rs).attr('x2', t.x - ux * rt).attr('y2', t.y - uy * rt);
      });

    nodeLayer
      .selectAll<SVGAElement, LocalNode>('a')
      .data(shown.nodes, (n) => n.id)
      .join((enter) => {
        const a = enter.append<SVGAElement>('a');
        a.append('path');
        a.append('title');
        a.on('mouseenter focus', function (_event, n) {
          highlight(n, this);
        }).on('mouseleave blur', () => highlight(undefined));
        return a;
      })
      .attr('href', (n) => n.url)
      .attr('class', (n) => (n.depth === 0 ? 'lg-node is-center' : 'lg-node'))
      .attr('data-style', (n) => nodeStyleKey(n))
      .attr('aria-current', (n) => (n.depth === 0 ? 'page' : null))
      .attr('aria-label', describe)
      .attr('transform', (n) => `translate(${n.x},${n.y})`)
      .call((a) => {
        a.select('path').attr('d', (n) => shapePath(NODE_STYLES[nodeStyleKey(n)].shape, n.depth === 0 ? r * 1.5 : r));
        a.select('title').text(describe);
      });

    labelLayer
      .selectAll<SVGTextElement, LocalNode>('text')
      .data(labelled ? shown.nodes.filter((n) => n.depth >= 1) : [], (n) => n.id)
      .join('text')
      .attr('class', 'lg-label')
      .attr('transform', (n) => `translate(${n.x},${n.y})`)
      .each(function (n) {
        placeLabel(select(this), n, wrapLabel(n.label, 16, 2), r, shown.nodes.some((c) => c.parent === n.id));
      });
    // At least the space of both rings: with one or two neighbours the drawing would otherwise be blown
    // up (labels at 18-22 px, larger than the page's text); this keeps them near the 11-13 px of a full
    // neighbourhood.
    fit(RINGS[2] * 1.1);
  }

  /**
   * Fit the view to what is drawn, so no label is cut by the frame: the measured box of every shape and
   * label (at least the inner ring), squared about its middle, with a margin.
   */
  function fit(ring: number): void {
    const root = svg.node()!;
    let [x0, y0, x1, y1] = [-ring, -ring, ring, ring];
    try {
      const b = root.getBBox();
      [x0, y0, x1, y1] = [Math.min(x0, b.x), Math.min(y0, b.y), Math.max(x1, b.x + b.width), Math.max(y1, b.y + b.height)];
    } catch {
      // Not laid out (hidden): the ring alone.
    }
    const side = Math.ceil(Math.max(x1 - x0, y1 - y0) + 16);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    svg.attr('viewBox', `${Math.round(cx - side / 2)} ${Math.round(cy - side / 2)} ${side} ${side}`);
  }

  /** Label lines outside the node, away from the centre: right of it on the right, above it at the top … */
  function placeLabel(text: Selection<SVGTextElement, LocalNode, null, undefined>, n: LocalNode, lines: string[], r: number, hasChildren: boolean): void {
    text.selectAll('tspan').remove();
    if (!lines.length) return;
    const len = Math.hypot(n.x, n.y) || 1;
    // Outward from the centre; beside the node (a quarter turn) when its own neighbours lie outward,
    // so the edges to them do not cross its label.
    const cos = hasChildren ? -n.y / len : n.x / len;
    const sin = hasChildren ? n.x / len : n.y / len;
    const gap = r + 7;
    const anchor = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle';
    const lineHeight = 1.15;
    const first = sin < -0.35 ? -(lines.length - 1) * lineHeight - 0.1 : sin > 0.35 ? 0.8 : -((lines.length - 1) * lineHeight) / 2 + 0.35;
    text.attr('text-anchor', anchor).attr('x', cos * gap).attr('y', sin * gap);
    lines.forEach((line, i) => {
      text.append('tspan').attr('x', cos * gap).attr('dy', `${i === 0 ? first : lineHeight}em`).text(i < lines.length - 1 ? `${line} ` : line);
    });
  }

  depthButton?.addEventListener('click', () => {
    depth = depth === 1 ? 2 : 1;
    depthButton.setAttribute('aria-pressed', String(depth === 2));
    restCaption = captions[depth]!;
    caption.textContent = restCaption;
    render();
  });
  for (const b of boxes) b.addEventListener('change', render);
  render();
  figure.classList.add('is-ready');
}
