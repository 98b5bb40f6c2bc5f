/**
 * What the end-to-end tests need from the machine, found or installed before `npm test` runs anything:
 * a Chromium (tests/e2e, Playwright) and nginx (the sub-path build is served with docs/nginx.conf).
 *
 * Found: CRUXMAP_CHROMIUM, else Debian's /usr/bin/chromium, else Playwright's own browser
 * (`npx playwright install chromium`); nginx on PATH or at /usr/sbin/nginx. Missing, as root on Debian:
 * `apt-get install -y chromium nginx-light`, said before it starts. Missing elsewhere: one message that
 * names exactly what to run, and `npm test` stops before its first test, so a missing tool is never
 * counted as one failure standing in for the tests it skipped.
 *
 * The decisions are pure functions of what was found (`plan`), tested in tests/unit/install.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium as playwrightChromium } from '@playwright/test';
import { findNginx } from './nginx.ts';

/** Debian's Chromium (package `chromium`). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Debian packages that bring what is missing. */
export const DEBIAN_PACKAGES = { chromium: 'chromium', nginx: 'nginx-light' } as const;
export type Tool = keyof typeof DEBIAN_PACKAGES;

export interface Found {
  chromium?: string;
  nginx?: string;
}

export interface Machine {
  /** Running as root (may install system packages). */
  root: boolean;
  /** Debian or a derivative with apt-get. */
  debian: boolean;
}

export type Plan =
  | { action: 'run' }
  | { action: 'install'; missing: Tool[]; packages: string[] }
  | { action: 'stop'; missing: Tool[]; message: string };

/** The Chromium the tests use: named by CRUXMAP_CHROMIUM, else Debian's, else Playwright's own download. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  if (env.CRUXMAP_CHROMIUM) return exists(env.CRUXMAP_CHROMIUM) ? env.CRUXMAP_CHROMIUM : undefined;
  if (exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let own: string | undefined;
  try {
    own = playwrightChromium.executablePath();
  } catch {
    own = undefined;
  }
  return own && exists(own) ? own : undefined;
}

export function missingTools(found: Found): Tool[] {
  return (['chromium', 'nginx'] as const).filter((tool) => !found[tool]);
}

/** The one message for a machine that lacks a tool and on which `npm test` will not install it. */
export function stopMessage(missing: Tool[], machine: Machine, env: NodeJS.ProcessEnv = {}): string {
  const what = missing.map((t) => (t === 'chromium' ? 'Chromium' : 'nginx')).join(' and ');
  const lines = [`npm test: the end-to-end tests need ${what}, which this machine lacks; no test has run. Install ${missing.length > 1 ? 'them' : 'it'}, then run npm test again:`];
  if (missing.includes('chromium') && env.CRUXMAP_CHROMIUM) {
    lines.push(`  CRUXMAP_CHROMIUM names ${env.CRUXMAP_CHROMIUM}, which does not exist: point it at a Chromium, or unset it.`);
    missing = missing.filter((t) => t !== 'chromium');
    if (!missing.length) return lines.join('\n');
  }
  if (machine.debian) {
    lines.push(`  ${machine.root ? '' : 'sudo '}apt-get install -y ${missing.map((t) => DEBIAN_PACKAGES[t]).join(' ')}`);
  } else {
    if (missing.includes('chromium')) lines.push('  npx playwright install chromium        (or set CRUXMAP_CHROMIUM to a Chromium or Chrome binary)');
    if (missing.includes('nginx')) lines.push('  nginx from your system packages        (brew install nginx, dnf install nginx, apk add nginx, …)');
  }
  return lines.join('\n');
}

/** What to do, from what was found and what the machine allows. */
export function plan(found: Found, machine: Machine, env: NodeJS.ProcessEnv = {}): Plan {
  const missing = missingTools(found);
  if (!missing.length) return { action: 'run' };
  // A CRUXMAP_CHROMIUM that names nothing is the user's to fix: installing Debian's would not be used.
  const misnamed = missing.includes('chromium') && !!env.CRUXMAP_CHROMIUM;
  if (machine.root && machine.debian && !misnamed) return { action: 'install', missing, packages: missing.map((t) => DEBIAN_PACKAGES[t]) };
  return { action: 'stop', missing, message: stopMessage(missing, machine, env) };
}

export function thisMachine(): Machine {
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).stdout.trim();
  return { root: process.getuid?.() === 0, debian: existsSync('/etc/debian_version') && apt !== '' };
}

/** Run a command quietly; its output is shown only if it fails. */
function quiet(command: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** "Chromium 156.0.8078.114", "nginx 1.22.1": the name and version a program reports, or its path. */
function version(command: string, args: string[], name: string): string {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  const v = new RegExp(`${name}[ /]([\\d.]+)`, 'i').exec(`${r.stdout ?? ''}${r.stderr ?? ''}`)?.[1];
  return v ? `${name} ${v} (${command})` : command;
}

/**
 * Make sure the end-to-end tests can run: returns the tools, or a message to print before stopping.
 * Prints nothing when everything is there.
 */
export function ensureTools(log: (line: string) => void = console.log): { ok: true; found: Required<Found> } | { ok: false; message: string } {
  const found: Found = { chromium: findChromium(), nginx: findNginx() };
  const machine = thisMachine();
  const p = plan(found, machine, process.env);
  if (p.action === 'stop') return { ok: false, message: p.message };
  if (p.action === 'install') {
    const t0 = performance.now();
    log(`npm test: the end-to-end tests need ${p.packages.join(' and ')}; installing them from Debian (apt-get update && apt-get install -y ${p.packages.join(' ')}) …`);
    for (const [command, args] of [
      ['apt-get', ['update', '-qq']],
      ['apt-get', ['install', '-y', '-qq', ...p.packages]],
    ] as const) {
      const r = quiet(command, [...args]);
      if (!r.ok) {
        const tail = r.output.trimEnd().split('\n').slice(-15).join('\n');
        return { ok: false, message: `${tail}\nnpm test: ${command} ${args.join(' ')} failed (its last lines are above); no test has run.\n${stopMessage(p.missing, machine)}` };
      }
    }
    found.chromium = findChromium();
    found.nginx = findNginx();
    const still = missingTools(found);
    if (still.length) return { ok: false, message: `npm test: apt-get installed ${p.packages.join(' ')}, but ${still.join(' and ')} still cannot be found.\n${stopMessage(still, { ...machine, root: false })}` };
    const seconds = ((performance.now() - t0) / 1000).toFixed(0);
    const installed = p.missing.map((t) => (t === 'chromium' ? version(found.chromium!, ['--version'], 'Chromium') : version(found.nginx!, ['-v'], 'nginx')));
    log(`npm test: installed in ${seconds} s: ${installed.join(', ')}`);
  }
  return { ok: true, found: found as Required<Found> };
}
