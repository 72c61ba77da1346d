/**
 * The files the browser's model runtime fetches, and where: the Tonus server serves exactly these
 * from its own node_modules (never a CDN, nothing downloaded at run time), and the browser asks
 * for them at the same paths. Shared by src/server and the web app so the two cannot drift apart.
 *
 * @example
 * const model = await loadBrowserModel({ modelBaseUrl: modelFilesPath, wasmBaseUrl: wasmFilesPath });
 */

/** URL path of Human's model files (each model is a .json graph and its .bin weights). */
export const modelFilesPath = '/models/';

/** URL path of tfjs' WebAssembly backend binaries. */
export const wasmFilesPath = '/wasm/';

/**
 * The models modelConfig() switches on: face detector (BlazeFace), face mesh, iris and MoveNet
 * Lightning for the shoulders. Everything else in Human's models folder stays unserved.
 */
export const browserModelNames = ['blazeface', 'facemesh', 'iris', 'movenet-lightning'] as const;

/**
 * The tfjs WASM backend picks one of these by what the browser supports: SIMD almost always,
 * the threaded build only on a cross-origin-isolated page (Tonus does not set those headers),
 * the plain build on old browsers.
 */
export const browserWasmFiles = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
] as const;
