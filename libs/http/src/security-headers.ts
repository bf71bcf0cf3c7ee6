import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's security headers on every response, API and web console alike. The console (built by
 * Vite into dist/console, served at `/`) loads only its own scripts; Ant Design injects `<style>`
 * elements at run time, hence `'unsafe-inline'` for styles and for styles only. No
 * `upgrade-insecure-requests`: the platform is often reached over plain HTTP on a LAN address,
 * where the browser would then ask for every asset over HTTPS and get nothing.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
  });
}
