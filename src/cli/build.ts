// npm run build: `astro build` into a staging folder, swapped into place only when complete, one build at a time.
// A build that fails or is interrupted (Ctrl-C, kill, crash) leaves the previous site in dist/ untouched.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { acquireBuildLock, recoverInterruptedBuilds, stagingPaths, swapInBuild } from '../lib/site/build-lock.ts';

const root = process.cwd();
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const lock = await acquireBuildLock(path.join(root, '.astro-build.lock'), (holder) =>
  console.log(`Another build (process ${holder}) is running in this project; waiting for it to finish…`),
);
for (const note of recoverInterruptedBuilds(outDir)) console.log(`build: ${note}.`);
const { staging, previous } = stagingPaths(outDir);
rmSync(staging, { recursive: true, force: true });

const astro = path.resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging },
});

const abandon = (code: number) => {
  rmSync(staging, { recursive: true, force: true });
  lock.release();
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    child.kill(signal);
    console.error(`\nBuild interrupted (${signal}); ${path.relative(root, outDir) || outDir}/ is unchanged.`);
    abandon(130);
  });
}

child.on('exit', (code) => {
  if (code !== 0 || !existsSync(path.join(staging, 'index.html'))) {
    if (code === 0) console.error('build: Astro finished without writing index.html; the previous site is kept.');
    abandon(code ? code : 1);
    return;
  }
  swapInBuild(staging, outDir, previous);
  lock.release();
});
