/**
 * /robots.txt, pointing crawlers at the sitemap. Crawlers only read robots.txt at the root of a host:
 * under a sub-path, copy its Sitemap line into the host's own robots.txt (README, "Self-hosting").
 */
import type { APIRoute } from 'astro';
import { joinBase } from '../lib/urls.ts';
import { robotsTxt } from '../lib/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(joinBase(import.meta.env.BASE_URL, 'sitemap.xml'), site).href), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
