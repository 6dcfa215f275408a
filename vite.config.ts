import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The web app lives in `web/`, with `index.html` at the repository root. The server serves
 * `dist/web` with a strict Content-Security-Policy, so the build must not inline scripts or
 * styles: Vite emits CSS as files by default, and `assetsInlineLimit: 0` keeps fonts and
 * images as files too (no data: fonts, which `font-src 'self'` would refuse).
 */
export default defineConfig({
  root: '.',
  plugins: [react()],
  resolve: {
    // The route contracts only need `createRoute` in the browser; see the shim for why.
    alias: {
      '@hono/zod-openapi': fileURLToPath(new URL('./web/shims/zod-openapi.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Charts load only on the pages that draw one (report, team overview).
            { name: 'charts', test: /node_modules[\\/](chart\.js|@kurkle)[\\/]/ },
            { name: 'libraries', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
})
