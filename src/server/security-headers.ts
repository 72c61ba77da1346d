import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Content Security Policy: the app loads nothing from another origin and runs no inline
 * script, so a successful injection can neither run code nor send data away.
 * 'wasm-unsafe-eval' lets the video check compile the tfjs WebAssembly backend (served from
 * 'self', see model-files.ts); it allows WebAssembly compilation only, not JavaScript eval().
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  // React Aria's usePress adds one fixed <style> (touch-action for pressable elements); its
  // hash allows exactly that text and nothing else. The e2e suite fails on any CSP violation,
  // so a library update that changes the text is caught.
  styleSrc: ["'self'", "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy,
    referrerPolicy: 'no-referrer',
    permissionsPolicy: {
      camera: ['self'],
      microphone: [],
      geolocation: [],
      payment: [],
    },
  });
}

/** Health data must never sit in a shared or browser cache. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
