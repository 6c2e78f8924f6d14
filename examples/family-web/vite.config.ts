import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built page may load only its own files and may open no connection at all (`connect-src 'none'`): the
 * browser itself then refuses any fetch, XHR, beacon or socket, which makes "nothing you enter leaves this
 * device" enforced rather than promised. Only for the build, because the dev server needs its own socket.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; form-action 'none'; base-uri 'none'";

function offlineOnlyPolicy(): Plugin {
  return {
    name: 'family-web:offline-only-policy',
    apply: 'build',
    // Right after the charset, before any script, so it governs everything the page loads.
    transformIndexHtml: (html) =>
      html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * Relative asset paths (`base: './'`) so the built app opens from any folder or static server, and one bundle
 * with the rules inside it: nothing is fetched after the page loads, so the emergency path works offline.
 */
export default defineConfig({
  base: './',
  plugins: [react(), offlineOnlyPolicy()],
  // No module-preload polyfill: it is the one piece of Vite's runtime that calls fetch.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, modulePreload: { polyfill: false } },
});
