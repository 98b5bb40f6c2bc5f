/** The sitemap's XML, from the absolute URLs of every indexable page. Pure, so it is tested on strings. */
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function sitemapXml(urls: string[]): string {
  const entries = [...new Set(urls)].sort().map((u) => `  <url><loc>${escapeXml(u)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${sitemapUrl}\n`;
}
