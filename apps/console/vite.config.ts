import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The page is built into dist/ui next to the package's JS, and served by
// `storepolicy serve` from disk: no CDN, no network at run time.
export default defineConfig({
  root: 'ui',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/ui', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
