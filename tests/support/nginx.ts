/**
 * Serve a built site with a real nginx, configured by docs/nginx.conf (the example the README gives
 * self-hosters), so the end-to-end tests check the configuration people will actually deploy.
 *
 * Only three things of that file change: the listen address (127.0.0.1:PORT), the root folder (a
 * folder under .tmp/ whose base-path entry links to the built site) and the base path. Everything
 * nginx writes (pid, logs, temp files) stays in .tmp/nginx-PORT/; nginx runs in the foreground
 * (daemon off) and never reads or writes /etc except for the distribution's mime.types.
 *
 * Usage: node tests/support/nginx.ts --dir .tmp/dist-sub --base /cruxmap/ --port 4274
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBase } from '../../src/config.ts';

const EXAMPLE = 'docs/nginx.conf';
const EXAMPLE_BASE = '/cruxmap/';
const MIME_TYPES = '/etc/nginx/mime.types';

export interface NginxOptions {
  /** The built site (Astro's outDir). */
  dir: string;
  /** The base path it was built for. */
  base: string;
  port: number;
}

/** Replace `from` by `to` in `text`, failing loudly when docs/nginx.conf no longer has it. */
function must(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`${EXAMPLE} no longer contains ${String(from)}: update tests/support/nginx.ts to match it.`);
  return typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to);
}

/** The server part of the config: docs/nginx.conf with the address, root and base of this run. */
export function siteConfig(example: string, { base, port, root }: { base: string; port: number; root: string }): string {
  let conf = example;
  conf = must(conf, /^\s*listen \[::\]:80;\n/m, '');
  conf = must(conf, 'listen 80;', `listen 127.0.0.1:${port};`);
  conf = must(conf, 'root /var/www;', `root ${root};`);
  conf = must(conf, EXAMPLE_BASE, base);
  return conf;
}

/** Write the whole nginx.conf for one run into `work` and return its path. */
export function writeConfig({ dir, base, port }: NginxOptions, work: string): string {
  const site = resolve(dir);
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${dir} has no index.html: build the site first.`);
  rmSync(work, { recursive: true, force: true });
  // nginx maps a URL path to root + path, so the root holds the base path's folders with the site at
  // the end of them: www/cruxmap → the built site.
  const www = join(work, 'www');
  const mount = join(www, base);
  mkdirSync(dirname(mount.replace(/\/$/, '')), { recursive: true });
  if (base === '/') symlinkSync(site, www);
  else symlinkSync(site, mount.replace(/\/$/, ''));
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, 'temp', t), { recursive: true });

  const types = existsSync(MIME_TYPES)
    ? `include ${MIME_TYPES};`
    : 'types { text/html html; text/css css; application/javascript js mjs; application/json json; image/svg+xml svg; image/png png; text/xml xml; text/plain txt; }';
  const conf = `# Written by tests/support/nginx.ts for one test run; the server block is ${EXAMPLE}.
daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root root;  # the built site may sit in a folder only root can read\n' : ''}pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    ${types}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${work}/temp/body;
    proxy_temp_path ${work}/temp/proxy;
    fastcgi_temp_path ${work}/temp/fastcgi;
    uwsgi_temp_path ${work}/temp/uwsgi;
    scgi_temp_path ${work}/temp/scgi;

${siteConfig(readFileSync(EXAMPLE, 'utf8'), { base, port, root: www })}
}
`;
  const path = join(work, 'nginx.conf');
  writeFileSync(path, conf);
  return path;
}

/** The nginx binary: on PATH, or Debian's /usr/sbin/nginx (not on a non-root user's PATH). */
export function findNginx(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  return undefined;
}

export function nginxBinary(): string {
  const found = findNginx();
  if (!found) throw new Error('nginx is not installed: npm test installs it (as root on Debian) or says what to run.');
  return found;
}

/** Start nginx in the foreground; resolves once it accepts connections. */
export async function startNginx(options: NginxOptions): Promise<ChildProcess> {
  const base = normaliseBase(options.base);
  const work = resolve(`.tmp/nginx-${options.port}`);
  const conf = writeConfig({ ...options, base }, work);
  const child = spawn(nginxBinary(), ['-e', 'stderr', '-p', work, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${options.port}${base}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}; its config is ${conf}`);
    try {
      await fetch(url);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill('SIGTERM');
  throw new Error(`nginx did not answer at ${url}`);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, port: { type: 'string', default: '4174' } },
  });
  const child = await startNginx({ dir: values.dir, base: values.base, port: Number(values.port) });
  console.log(`nginx serving ${values.dir} at http://127.0.0.1:${values.port}${normaliseBase(values.base)}`);
  // SIGTERM: nginx's fast shutdown; this process ends with it.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
