import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The backend (NestJS) listens on :3000 in development; the dev server forwards API and
// health traffic to it so the browser only ever talks to one origin (cookies just work).
const backendUrl = 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/api': { target: backendUrl, changeOrigin: true },
      '/health': { target: backendUrl, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: backendUrl, changeOrigin: true },
      '/health': { target: backendUrl, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Initial JS budget: 200 KiB gzipped. React and the router/query libraries every page needs
    // are long-lived chunks of their own (they change far less often than app code); every other
    // package goes with the lazily loaded route that uses it, so the chat's Markdown, the forms'
    // validation and the account page's QR code never weigh on the first page.
    chunkSizeWarningLimit: 250,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            {
              name: 'tanstack',
              test: /node_modules[\\/]@tanstack[\\/](?!react-virtual|virtual-core)/,
              priority: 2,
            },
          ],
        },
      },
    },
  },
});
