/**
 * The layers of src/, checked by `npm run check` (dependency-cruiser): a violation fails it.
 *
 *   main.ts, compose/, cli/ composition root (its builders) and the command
 *   http/, graphql/         the edge: HTTP routes, authentication, GraphQL schema, resolvers, limits
 *   domain/                 per noun: entities, inputs, services, policies; the request context
 *   authz/ db/ events/      identities and tokens, PostgreSQL, change notifications
 *   inference/              workers, batching, backends, artifacts, explanation methods
 *   telemetry/              logs, metrics, traces
 *
 * Imports point down this list, never up; inference stands on its own beside the domain.
 */
const edge = ['^src/http/', '^src/graphql/'];

/**
 * The domain's noun folders, each importing only those before it: no two nouns import each other,
 * even through a third. A capability that needs a later one's work is told of it (an observer, an
 * argument) instead of importing it.
 */
const nouns = [
  'relay',
  'audit',
  'teams',
  'datasets',
  'experiments',
  'models',
  'deployments',
  'api-keys',
  'quality',
  'governance',
  'lineage',
  'prediction-log',
  'explanations',
  'serving',
  'drift',
  'outcomes',
  'rollouts',
];
const composition = ['^src/main\\.ts$', '^src/cli/', '^src/compose/'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Imports flow one way: a module never reaches itself again through what it imports.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...nouns.map((noun, index) => ({
      name: `domain-order-${noun}`,
      severity: 'error',
      comment: `domain/${noun} imports only the noun folders listed before it in .dependency-cruiser.cjs.`,
      from: { path: `^src/domain/${noun}/` },
      to: { path: `^src/domain/(${nouns.slice(index + 1).join('|')})/` },
    })),
    {
      name: 'every-noun-in-order',
      severity: 'error',
      comment: 'A new noun folder takes its place in the list above, so that the order covers it.',
      from: { path: `^src/domain/(?!(${nouns.join('|')})/)[^/]+/` },
      to: { path: '^src/' },
    },
    {
      name: 'edge-on-top',
      severity: 'error',
      comment: 'Only the composition root and the edge itself import the edge (HTTP and GraphQL).',
      from: { path: '^src/', pathNot: [...edge, ...composition] },
      to: { path: edge },
    },
    {
      name: 'http-above-graphql',
      severity: 'error',
      comment: 'The GraphQL schema and resolvers know nothing of HTTP: subscriptions and tests run them without it.',
      from: { path: '^src/graphql/' },
      to: { path: '^src/http/' },
    },
    {
      name: 'composition-on-top',
      severity: 'error',
      comment: 'The composition root and the command wire everything; nothing wires them.',
      from: { path: '^src/', pathNot: composition },
      to: { path: composition },
    },
    {
      name: 'foundations-below-domain',
      severity: 'error',
      comment:
        'Identities, the database, notifications and telemetry know no domain service. The ORM configuration is the one exception: it lists the entities.',
      from: { path: '^src/(authz|db|events|telemetry)/', pathNot: '^src/db/orm\\.ts$' },
      to: { path: ['^src/domain/', '^src/inference/', ...edge] },
    },
    {
      name: 'inference-on-its-own',
      severity: 'error',
      comment:
        'Inference (workers, batching, artifacts, explanation methods) depends on no GraphQL type, request context, entity or database: it runs in worker threads and load tests without a gateway.',
      from: { path: '^src/inference/' },
      to: {
        path: [
          '^src/(domain|graphql|http|authz|db|events|cli|client|demo)/',
          '^src/main\\.ts$',
          '^src/errors\\.ts$',
          'node_modules/(type-graphql|@apollo|@mikro-orm|graphql)/',
        ],
      },
    },
    {
      name: 'one-graphql-pipeline',
      severity: 'error',
      comment:
        'Every GraphQL operation runs through src/http/graphql-pipeline.ts, which alone builds the Apollo server; graphql-ws is served by src/http/websocket.ts through it. A new transport goes through the pipeline, never around it.',
      from: {
        path: '^src/',
        pathNot: ['^src/http/graphql-pipeline\\.ts$', '^src/http/websocket\\.ts$', '^src/http/graphql-handler\\.ts$'],
      },
      to: {
        path: ['node_modules/@apollo/server/dist/(cjs|esm)/(index|plugin/)', 'node_modules/(graphql-ws|ws)/'],
      },
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
    exclude: { path: ['^src/review/client/', '^src/graphiql/client/'] },
  },
};
