// npm run preview (and npm start, after the build): serves dist/ on http://localhost:4321/ with the headers a
// deployment sends (public/_headers). Options: --port N, --host H; BASE_PATH and OUT_DIR as for the build.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { createStaticSiteServer } from '../lib/site/static-site-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: 'localhost' } },
});
const dir = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`preview: no built site in ${path.relative(process.cwd(), dir) || dir}/. Run npm run build first.`);
  process.exit(1);
}
const server = createStaticSiteServer(dir, base);
server.listen(Number(values.port), values.host, () => {
  console.log(
    `Serving ${path.relative(process.cwd(), dir) || dir}/ at http://${values.host}:${values.port}${base} (Ctrl-C to stop).`,
  );
});
