// A static file server for a built site on 127.0.0.1, for browser tests (like any static host: index.html for folders).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { fileTypeOfExtension } from '../../src/lib/resource-kind.ts';

// The site's own assets; data files (CSV, GeoJSON, JSON, XML …) take the catalog's media types.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** `gzip`: compress text responses for clients that accept it, as a CDN or static host does (for benchmarks). */
export async function serve(root: string, options: { gzip?: boolean } = {}): Promise<Server> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, urlPath);
    if (!file.startsWith(root)) file = root;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] as string });
      fs.createReadStream(path.join(root, '404.html')).pipe(res);
      return;
    }
    const type =
      TYPES[path.extname(file)] ?? fileTypeOfExtension(path.extname(file))?.mediaType ?? 'application/octet-stream';
    if (
      options.gzip &&
      /gzip/.test(String(req.headers['accept-encoding'])) &&
      !/wasm|octet/.test(type) &&
      !/\.pf_/.test(file)
    ) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      fs.createReadStream(file).pipe(zlib.createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
