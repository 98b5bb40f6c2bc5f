/**
 * /sitemap.xml: every indexable page, as absolute URLs on the configured site (CRUXMAP_SITE) and base.
 * When you add a kind of page, add its addresses here: tests/build/published.test.ts fails while the
 * sitemap and the built pages disagree.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { joinBase, pageUrl } from '../lib/urls.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { CLAIMS_PAGE_SIZE, pageCount, pagePath } from '../lib/paging.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const claims = await getCollection('claims');
  const paths = [
    joinBase(base, ''),
    joinBase(base, 'authors/'),
    joinBase(base, 'papers/'),
    joinBase(base, 'map/'),
    joinBase(base, 'search/'),
    ...Array.from({ length: pageCount(claims.length, CLAIMS_PAGE_SIZE) }, (_, i) => joinBase(base, pagePath('claims/', i + 1))),
    ...(await getCollection('authors')).map((a) => pageUrl(base, 'authors', a.id)),
    ...(await getCollection('comments')).map((c) => pageUrl(base, 'comments', c.id)),
    ...claims.map((c) => pageUrl(base, 'claims', c.id)),
    ...(await getCollection('papers')).map((p) => pageUrl(base, 'papers', p.id)),
  ];
  const body = sitemapXml(paths.map((p) => new URL(p, site).href));
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
