import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Strapi serves the built console (admin/dist) at /console/ and the API at /api on the same origin;
// in development Vite serves the console and forwards /api to Strapi.
const apiTarget = process.env.AMBITO_API_URL ?? 'http://localhost:1337';

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin with MUI is ~1.2 MB minified (~370 kB gzip) in one chunk: known and accepted.
    chunkSizeWarningLimit: 1400,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
