import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative asset URLs, so the built playground works from any folder or static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
