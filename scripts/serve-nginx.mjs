// Serves a build with the shipped deploy/nginx.conf on a loopback port, for the e2e tests:
// the same headers, caching, 404s and pretty URLs as production. Stops on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4173);
const root = resolve(process.env.OUT_DIR ?? 'dist');
const dir = mkdtempSync(join(tmpdir(), 'portal-nginx-'));

const server = readFileSync('deploy/nginx.conf', 'utf8')
  .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
  .replace(/listen \[::\]:8080;\n/, '')
  .replace(/root [^;]+;/, `root ${root};`)
  .replace(/include security-headers\.conf;/g, `include ${join(dir, 'security-headers.conf')};`);
copyFileSync('deploy/security-headers.conf', join(dir, 'security-headers.conf'));
writeFileSync(join(dir, 'server.conf'), server);
// Started as root, nginx's workers would switch to another user, who may not be allowed into
// the checkout (a home folder of mode 0700): every page's scripts would answer 403. The workers
// run as the invoking user instead, who can read the build wherever it is.
const { username, uid } = userInfo();
const user = uid === 0 ? `user ${username};\n` : '';
writeFileSync(
  join(dir, 'nginx.conf'),
  `${user}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${join(dir, 'server.conf')};
}
`,
);

const nginx = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: 'inherit',
});
console.log(`nginx serving ${root} on http://127.0.0.1:${port}/`);
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
nginx.on('exit', (code) => process.exit(code ?? 0));
