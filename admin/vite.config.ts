import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Strapi serves the built console (admin/dist) at /console/ and the API at /api on the same origin;
// in development Vite serves the console and forwards /api to Strapi.
const apiTarget = process.env.AMBITO_API_URL ?? 'http://localhost:1337';

/** The project root: the forms engine's shared code lives in its src/, its dependencies in its node_modules. */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const rootModule = (name: string) => path.join(root, 'node_modules', name);

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  resolve: {
    alias: {
      // The forms engine's definition contract and validator, the very code the server runs.
      '@forms-shared': path.join(root, 'src', 'plugins', 'forms', 'shared'),
      // Its dependencies, installed for the server at the project root (not in admin/node_modules).
      ajv: rootModule('ajv'),
      'ajv-formats': rootModule('ajv-formats'),
      'json-logic-js': rootModule('json-logic-js'),
    },
  },
  optimizeDeps: {
    include: ['ajv', 'ajv-formats', 'json-logic-js'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin with MUI is ~1.2 MB minified (~370 kB gzip) in one chunk: known and accepted.
    chunkSizeWarningLimit: 1600,
    commonjsOptions: { include: [/node_modules/] },
  },
  server: {
    // The shared code (../src) and its dependencies (../node_modules) sit outside admin/.
    fs: { allow: [here, path.join(root, 'src'), path.join(root, 'node_modules')] },
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
