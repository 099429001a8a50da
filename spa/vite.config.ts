import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build lands where the gateway serves static files from (META-INF/resources of this module's jar).
// `npm run dev` proxies API and login calls to a gateway on localhost:8080 (`./kim up`).
const gateway = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    // No inline scripts or data: modules: the gateway's CSP allows scripts from its own origin only.
    assetsInlineLimit: 0,
    // Swagger UI alone is 1.5 MB; it loads only on the admins' /api-docs page.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { app: 'index.html', apiDocs: 'api-docs.html' },
    },
  },
  server: {
    // '/auth/' with its slash: the authority staff's pages (/authority) are the app's, not the gateway's.
    proxy: { '/api': gateway, '^/auth/': gateway, '/api-docs': gateway },
  },
});
