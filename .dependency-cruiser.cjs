/** Dependency rules of src/, checked by `npm run check` (dependency-cruiser): a violation fails it. */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Imports flow one way: a module never reaches itself again through what it imports.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'inference-knows-no-request',
      severity: 'error',
      comment:
        'Inference (workers, batching, artifacts, explanation methods) depends on no GraphQL type, resolver or request context: it runs in worker threads and load tests without a gateway.',
      from: {
        path: '^src/(serving/(worker|pool|batcher|backend|admission|graph-ops|artifact-store|instances|signature-check|drift)|explain/explainers/.*)\\.ts$',
      },
      to: { path: ['^src/graph/', '^src/http/', 'node_modules/(type-graphql|@apollo)/'] },
    },
    {
      name: 'core-not-to-edge',
      severity: 'error',
      comment: 'Nothing below the HTTP edge imports it: the edge composes the rest.',
      from: { path: '^src/', pathNot: ['^src/http/', '^src/main\\.ts$', '^src/cli/'] },
      to: { path: '^src/http/' },
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|load-tests)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^src/review/client/'] },
  },
};
