import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const PAGE_SIZE = 4096;

export interface RunMeasure {
  seconds: number;
  peakBytes: number;
  exitCode: number | null;
  output: string;
}

/** RSS of every process whose ancestry reaches `rootPid`, summed, read from /proc. */
function treeRss(rootPid: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE_SIZE);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** Runs a command, sampling the RSS of its whole process tree every 200 ms; keeps the output for the stage times. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunMeasure> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => chunks.push(d.toString()));
    let peakBytes = 0;
    const timer = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 200);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, exitCode, output: chunks.join('') });
    });
  });
}

/** Where a build's time went, read from its log: validation, content sync, bundling, page generation. */
export interface BuildStages {
  validation: number | null;
  contentSync: number | null;
  bundling: number | null;
  pages: number | null;
  rendered: number;
  reused: number;
}

export function buildStages(output: string): BuildStages {
  // Astro and the validator log each stage's time; colour codes aside.
  const log = stripVTControlCharacters(output);
  const seconds = (m: RegExpExecArray | null, unit = 's') =>
    m ? Number(m[1]) / (unit === 'ms' || m[2] === 'ms' ? 1000 : 1) : null;
  const validation = seconds(/clips validated in (\d+) ms/.exec(log), 'ms');
  const types = seconds(/\[types\] Generated ([\d.]+)(m?s)/.exec(log));
  const bundles = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].map((m) => seconds(m)!);
  const generating = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/.exec(log);
  const lines = log.split('\n').filter((l) => /[├└]─/.test(l));
  const reused = lines.filter((l) => /\((cached|restored)\)/.test(l)).length;
  return {
    validation,
    contentSync: types,
    bundling: bundles.length ? bundles.reduce((a, b) => a + b, 0) : null,
    pages: seconds(generating),
    rendered: lines.length - reused,
    reused,
  };
}
