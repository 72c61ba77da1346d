import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import {
  browserModelNames,
  browserWasmFiles,
  modelFilesPath,
  wasmFilesPath,
} from '../vision/browser-model-files.ts';
import type { AppEnv } from './app-env.ts';

const require = createRequire(import.meta.url);

interface ModelFile {
  file: string;
  contentType: string;
  etag: string;
}

/** A package's folder and version. Human's `exports` hide its package.json, so the folder is
 * found by walking up from its main file. */
function packageDir(name: string): { dir: string; version: string } {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (manifest.name === name) return { dir, version: String(manifest.version) };
    } catch {
      // no package.json at this level: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of the ${name} package`);
    dir = parent;
  }
}

/**
 * The allowlist: URL name -> file in node_modules. Only the models the browser runs and the WASM
 * binaries of the pinned tfjs backend; any other name under the two paths is a 404, so neither
 * the rest of Human's models nor anything else on disk can be reached through them.
 */
function modelFiles(): { models: Map<string, ModelFile>; wasm: Map<string, ModelFile> } {
  const human = packageDir('@vladmandic/human');
  const backend = packageDir('@tensorflow/tfjs-backend-wasm');
  const models = new Map<string, ModelFile>();
  for (const name of browserModelNames) {
    for (const [extension, contentType] of [
      ['json', 'application/json'],
      ['bin', 'application/octet-stream'],
    ] as const) {
      models.set(`${name}.${extension}`, {
        file: path.join(human.dir, 'models', `${name}.${extension}`),
        contentType,
        etag: `"human-${human.version}-${name}.${extension}"`,
      });
    }
  }
  const wasm = new Map<string, ModelFile>();
  for (const name of browserWasmFiles) {
    wasm.set(name, {
      file: path.join(backend.dir, 'dist', name),
      contentType: 'application/wasm',
      etag: `"tfjs-backend-wasm-${backend.version}-${name}"`,
    });
  }
  return { models, wasm };
}

/**
 * Serves the face and body models and the WASM backend to the browser's video check, from the
 * npm packages installed with Tonus, at the paths of vision/browser-model-files.ts.
 *
 * Caching: the package versions are pinned, so a day in the browser cache is safe, and the
 * ETag carries the package version: after an upgrade the next revalidation fetches the new
 * files (a WASM binary must match the JavaScript that loads it).
 */
export function mountModelFiles(app: Hono<AppEnv>): void {
  const { models, wasm } = modelFiles();
  const serve = (files: Map<string, ModelFile>, prefix: string) => async (c: Context<AppEnv>) => {
    const entry = files.get(c.req.path.slice(prefix.length));
    if (!entry) return c.text('There is no such model file.', 404);
    c.header('Cache-Control', 'public, max-age=86400');
    c.header('ETag', entry.etag);
    if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304);
    const body = await readFile(entry.file);
    c.header('Content-Type', entry.contentType);
    return c.body(body);
  };
  app.get(`${modelFilesPath}*`, serve(models, modelFilesPath));
  app.get(`${wasmFilesPath}*`, serve(wasm, wasmFilesPath));
}
