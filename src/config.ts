/**
 * cruxmap's configuration: the one place to set where the site lives and what it reads.
 * Each value can be set by an environment variable at build time (see README, "Configuration").
 */

/** Normalise a base path to the form Astro wants: leading and trailing "/" ("/", "/cruxmap/"). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const env = typeof process === 'undefined' ? {} : process.env;

export const config = {
  /** Public origin of the site, used for canonical URLs, the sitemap and social previews. */
  site: env.CRUXMAP_SITE || 'http://localhost:4321',
  /** Sub-path the site is served under, e.g. "/cruxmap/". */
  base: normaliseBase(env.CRUXMAP_BASE || '/'),
  /** Folder of comment dumps, relative to the project (or absolute). */
  seeds: env.CRUXMAP_SEEDS || 'seeds',
  /** Folder the pipeline writes and the site reads. */
  content: env.CRUXMAP_CONTENT || 'content',
  /** Folder Astro writes the site to. */
  outDir: env.CRUXMAP_OUT || 'dist',
  /** Site title, shown in the header and page titles. */
  title: env.CRUXMAP_TITLE || 'cruxmap',
  /** One-line description for the home page and social previews. */
  description:
    env.CRUXMAP_DESCRIPTION || 'An argument map of AI-safety comment threads: claims, rebuttals, supports and the papers they cite.',
} as const;
