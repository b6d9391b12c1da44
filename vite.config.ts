import { defineConfig } from 'vite';

// The demo page (index.html) and the player bundle. `media/` is served as static files
// (the recording, its transcripts and peaks) so the demo works from `npm start` and `dist/`.
export default defineConfig({
  publicDir: false,
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
  },
});
