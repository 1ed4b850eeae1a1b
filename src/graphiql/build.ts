/**
 * Bundles the GraphiQL page's client (src/graphiql/client, see app.ts) into dist/graphiql with
 * esbuild: app.js and app.css, and Monaco's three workers as scripts of their own, so the gateway
 * serves every file the page loads from its own files. Run by `npm run build`
 * (`node dist/src/graphiql/build.js`); esbuild, graphiql and React are devDependencies, needed only here.
 */
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.join(__dirname, '../../..');
const GRAPHIQL_ASSETS = path.join(ROOT, 'dist/graphiql');

async function main(): Promise<void> {
  const started = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: {
      app: 'src/graphiql/client/app.ts',
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    outdir: GRAPHIQL_ASSETS,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    // No source maps: the route would not serve them anyway.
    sourcemap: false,
    legalComments: 'linked',
    // Fonts Monaco's stylesheets name, as files beside app.css.
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    assetNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true,
  });
  const outputs = Object.entries(result.metafile.outputs).map(
    ([file, { bytes }]) => `${path.basename(file)} ${(bytes / 1024).toFixed(0)} KiB`,
  );
  console.log(`graphiql: bundled in ${Date.now() - started} ms: ${outputs.join(', ')}`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
