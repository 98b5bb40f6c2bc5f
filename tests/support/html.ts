/** Reading built pages as text, for the checks in tests/build. */

export const decodeEntities = (s: string) =>
  s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The visible text of a page (its <body>): tags removed, entities decoded, white space folded. */
export const visibleText = (html: string) =>
  decodeEntities((html.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1] ?? html).replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ');

/** The page's <title>, decoded. */
export const titleOf = (html: string) => decodeEntities(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
