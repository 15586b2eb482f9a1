import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths the API process owns; in dev (and `vite preview`) they are forwarded to the backend.
const apiTarget = 'http://localhost:3000';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/health': { target: apiTarget, changeOrigin: false },
};

// Vendor groups, largest first: MUI (with emotion), react-admin's own packages, then React itself.
const vendorChunks: { name: string; test: RegExp; priority: number }[] = [
  { name: 'vendor-mui', test: /[\\/]node_modules[\\/](@mui|@emotion)[\\/]/, priority: 30 },
  {
    name: 'vendor-react-admin',
    test: /[\\/]node_modules[\\/](react-admin|ra-[\w-]+|@tanstack|react-hook-form)[\\/]/,
    priority: 20,
  },
  {
    name: 'vendor-react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
    priority: 10,
  },
];

export default defineConfig({
  // The backend serves the built admin under /admin/ (backend/src/static/static-assets.ts).
  base: '/admin/',
  plugins: [react()],
  server: { port: 5174, strictPort: true, proxy },
  preview: { port: 4174, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // react-admin + MUI are large by nature; they are split into their own cacheable chunks below.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Rolldown's successor to Rollup's `manualChunks`.
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
});
