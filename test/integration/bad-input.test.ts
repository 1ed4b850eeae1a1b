import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateDatasetDocument,
  CreateDeploymentDocument,
  CreateExperimentDocument,
  CreateModelDocument,
  CreateTeamDocument,
  DatasetDocument,
  DatasetLineageDocument,
  DeploymentDocument,
  DeploymentsDocument,
  FinishRunDocument,
  LogRunMetricsDocument,
  ModelDocument,
  ModelVersionLineageDocument,
  NodeDocument,
  RegisterDatasetVersionDocument,
  RegisterModelVersionDocument,
  RunsDocument,
  StartRunDocument,
  TeamsDocument,
  type RegisterDatasetVersionInput,
} from '../../src/client/generated/graphql';
import type { GraphQLResponseError } from '../support/client';
import { approveVersion, classifierVersion, createChain, creditDatasetVersion } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

function assertError(error: GraphQLResponseError, code: string, message: RegExp): void {
  assert.equal(error.extensions?.code, code, `code of: ${error.message}`);
  assert.match(error.message, message);
  assert.equal(error.extensions?.stacktrace, undefined, 'no stack trace reaches the client');
}

describe('bad input gets a clear error and writes nothing', () => {
  let gw: TestGateway;
  let chain: Awaited<ReturnType<typeof createChain>>;
  const unknownTeamId = Buffer.from('Team:00000000-0000-4000-8000-000000000000').toString('base64url');
  before(async () => {
    gw = await startTestGateway();
    chain = await createChain(gw.client, 'bad');
  });
  after(() => gw?.stop());

  it('refuses empty, over-long and ill-formed names, naming the field', async () => {
    assertError(
      await gw.client.error(CreateTeamDocument, { input: { name: '  ' } }),
      'BAD_USER_INPUT',
      /^input\.name: must not be empty/,
    );
    assertError(
      await gw.client.error(CreateTeamDocument, { input: { name: 'x'.repeat(101) } }),
      'BAD_USER_INPUT',
      /^input\.name: must be at most 100 characters, got 101/,
    );
    assertError(
      await gw.client.error(CreateModelDocument, {
        input: { teamId: chain.team.id, name: 'a/b', taskType: 'REGRESSION' },
      }),
      'BAD_USER_INPUT',
      /^input\.name: "a\/b" may use only/,
    );
    const { teams } = await gw.client.data(TeamsDocument, {});
    assert.equal(teams.totalCount, 1, 'no team was written');
  });

  it('answers CONFLICT for a duplicate name of every kind', async () => {
    const teamId = chain.team.id;
    assertError(
      await gw.client.error(CreateTeamDocument, { input: { name: 'team-bad' } }),
      'CONFLICT',
      /team named "team-bad" already exists/,
    );
    assertError(
      await gw.client.error(CreateDatasetDocument, { input: { teamId, name: 'credit-bad' } }),
      'CONFLICT',
      /dataset named "credit-bad"/,
    );
    assertError(
      await gw.client.error(CreateExperimentDocument, { input: { teamId, name: 'credit-exp-bad' } }),
      'CONFLICT',
      /experiment named/,
    );
    assertError(
      await gw.client.error(CreateModelDocument, {
        input: { teamId, name: 'credit-risk-bad', taskType: 'CLASSIFICATION' },
      }),
      'CONFLICT',
      /model named/,
    );
    const routes = [{ modelVersionId: chain.modelVersion.id, weight: 100 }];
    await approveVersion(gw, chain.modelVersion.id);
    await gw.client.data(CreateDeploymentDocument, { input: { teamId, name: 'dup', environment: 'STAGING', routes } });
    assertError(
      await gw.client.error(CreateDeploymentDocument, {
        input: { teamId, name: 'dup', environment: 'STAGING', routes },
      }),
      'CONFLICT',
      /deployment named "dup"/,
    );
  });

  it('answers NOT_FOUND for unknown ids and names', async () => {
    assertError(
      await gw.client.error(CreateModelDocument, {
        input: { teamId: unknownTeamId, name: 'orphan', taskType: 'REGRESSION' },
      }),
      'NOT_FOUND',
      /^No team with id/,
    );
    const unknownDataset = Buffer.from('Dataset:00000000-0000-4000-8000-000000000000').toString('base64url');
    assertError(await gw.client.error(DatasetDocument, { id: unknownDataset }), 'NOT_FOUND', /^No dataset with id/);
    assertError(await gw.client.error(NodeDocument, { id: unknownTeamId }), 'NOT_FOUND', /^No node with id/);
    assertError(
      await gw.client.error(ModelDocument, { name: 'no-such-model' }),
      'NOT_FOUND',
      /^No model with name "no-such-model"/,
    );
    assertError(
      await gw.client.error(DeploymentDocument, { name: 'no-such-deployment' }),
      'NOT_FOUND',
      /^No deployment with name/,
    );
    const unknownVersion = Buffer.from('ModelVersion:00000000-0000-4000-8000-000000000000').toString('base64url');
    assertError(
      await gw.client.error(ModelVersionLineageDocument, { id: unknownVersion }),
      'NOT_FOUND',
      /^No model version with id/,
    );
  });

  it('refuses an id of the wrong type or no id at all', async () => {
    assertError(
      await gw.client.error(DatasetDocument, { id: chain.model.id }),
      'BAD_USER_INPUT',
      /^id: ".*" is not a Dataset id/,
    );
    assertError(
      await gw.client.error(NodeDocument, { id: 'garbage' }),
      'BAD_USER_INPUT',
      /^id: "garbage" is not a node id/,
    );
    assertError(await gw.client.error(ModelDocument, {}), 'BAD_USER_INPUT', /^id: give either id or name/);
  });

  it('refuses NaN and infinite metric values', async () => {
    const runs = await gw.client.data(RunsDocument, {});
    // JSON cannot carry NaN or Infinity, but 1e999 parses to Infinity.
    const infinite = await gw.client.send(
      `{"query":"mutation($input: LogRunMetricsInput!) { logRunMetrics(input: $input) { id } }","variables":{"input":{"runId":"${chain.run.id}","metrics":[{"name":"loss","value":1e999}]}}}`,
    );
    assertError(infinite.errors![0]!, 'BAD_USER_INPUT', /Float cannot represent non numeric value: Infinity/);
    const literal = await gw.client.send(
      JSON.stringify({
        query: `mutation { logRunMetrics(input: { runId: "${chain.run.id}", metrics: [{ name: "loss", value: 1e999 }] }) { id } }`,
      }),
    );
    assertError(
      literal.errors![0]!,
      'BAD_USER_INPUT',
      /^input\.metrics\[0\]\.value: must be a finite number, got Infinity/,
    );
    const nan = await gw.client.send(`{"query":"{ teams { totalCount } }","variables":{"x":NaN}}`);
    assert.equal(nan.status, 400);
    assertError(nan.errors![0]!, 'BAD_REQUEST', /not valid JSON/);
    const version = classifierVersion(chain.model.id);
    const infiniteEval = await gw.client.send(
      JSON.stringify({
        query: 'mutation($input: RegisterModelVersionInput!) { registerModelVersion(input: $input) { id } }',
        variables: { input: version },
      }).replace('0.91', '1e999'),
    );
    assertError(infiniteEval.errors![0]!, 'BAD_USER_INPUT', /Infinity/);
    const { runs: after } = await gw.client.data(RunsDocument, {});
    assert.deepEqual(after.nodes[0]!.metrics, runs.runs.nodes[0]!.metrics, 'metrics unchanged');
  });

  it('refuses a malformed feature schema, naming the feature', async () => {
    const base = creditDatasetVersion(chain.dataset.id);
    const cases: [Partial<RegisterDatasetVersionInput>, RegExp][] = [
      [{ features: [] }, /^input\.features: must list at least one feature/],
      [
        {
          features: [
            { name: 'a', dtype: 'FLOAT32' },
            { name: 'a', dtype: 'INT32' },
          ],
        },
        /^input\.features\[1\]: "a" appears more than once/,
      ],
      [{ features: [{ name: 'bad name', dtype: 'FLOAT32' }] }, /^input\.features\[0\]\.name:/],
      [
        {
          features: [
            { name: 'y1', dtype: 'BOOL', role: 'LABEL' },
            { name: 'y2', dtype: 'BOOL', role: 'LABEL' },
          ],
        },
        /^input\.features: has 2 LABEL features/,
      ],
      [{ statistics: [{ feature: 'salary', mean: 1 }] }, /^input\.statistics\[0\]\.feature: "salary" is not a feature/],
      [{ statistics: [{ feature: 'income', std: -1 }] }, /^input\.statistics\[0\]\.std: must be zero or more/],
      [{ statistics: [{ feature: 'gender', mean: 1 }] }, /^input\.statistics\[0\]: feature "gender" is a STRING/],
      [
        { statistics: [{ feature: 'income', quantiles: [{ q: 1.5, value: 1 }] }] },
        /^input\.statistics\[0\]\.quantiles\[0\]\.q: must be between 0 and 1/,
      ],
      [
        { statistics: [{ feature: 'income', histogram: { binEdges: [0, 1], counts: [1, 2] } }] },
        /^input\.statistics\[0\]\.histogram: needs one more bin edge/,
      ],
      [
        { statistics: [{ feature: 'income', histogram: { binEdges: [0, 2, 1], counts: [1, 2] } }] },
        /binEdges\[2\]: bin edges must be strictly ascending/,
      ],
      [
        { features: [{ name: 'email', dtype: 'STRING', pii: true }] },
        /^input\.anonymization: must say how the personal data in email was treated/,
      ],
      [{ anonymization: 'ANONYMIZED' }, /^input\.anonymization: must be NOT_APPLICABLE/],
      [{ sha256: 'abc' }, /^input\.sha256: must be 64 hexadecimal digits/],
      [{ location: 'no scheme' }, /^input\.location: must be a URI/],
      [{ rowCount: -1 }, /^input\.rowCount: must be zero or more/],
    ];
    for (const [change, message] of cases) {
      const statistics = change.features ? [] : base.statistics;
      const error = await gw.client.error(RegisterDatasetVersionDocument, {
        input: { ...base, statistics, ...change },
      });
      assertError(error, 'BAD_USER_INPUT', message);
    }
    const badDtype = await gw.client.request(RegisterDatasetVersionDocument, {
      input: { ...base, features: [{ name: 'x', dtype: 'FLOAT64' as never }] },
    });
    assertError(badDtype.errors![0]!, 'BAD_USER_INPUT', /FLOAT64/);
    const { dataset } = await gw.client.data(DatasetLineageDocument, { id: chain.dataset.id });
    assert.equal(dataset.versions.length, 1, 'no refused version was written');
    const { registerDatasetVersion } = await gw.client.data(RegisterDatasetVersionDocument, {
      input: {
        ...base,
        features: [{ name: 'email', dtype: 'STRING', pii: true }],
        statistics: [],
        anonymization: 'PSEUDONYMIZED',
      },
    });
    assert.equal(registerDatasetVersion.version, 2, 'refusals left no gap in the numbering');
    assert.equal(registerDatasetVersion.containsPii, true);
  });

  it('refuses a bad model version signature, artifact or metrics', async () => {
    const base = classifierVersion(chain.model.id);
    const cases: [Partial<typeof base>, RegExp][] = [
      [{ artifact: { ...base.artifact, sha256: 'z'.repeat(64) } }, /^input\.artifact\.sha256:/],
      [
        { artifact: { ...base.artifact, sha256: 'c'.repeat(64) } },
        /^input\.artifact\.sha256: no uploaded artifact has this digest/,
      ],
      [
        { artifact: { ...base.artifact, format: 'TFJS_GRAPH_MODEL' } },
        /^input\.artifact\.format: the uploaded artifact is a TFJS_LAYERS_MODEL/,
      ],
      [
        { artifact: { ...base.artifact, sizeBytes: base.artifact.sizeBytes + 1 } },
        /^input\.artifact\.sizeBytes: the uploaded artifact has \d+ bytes/,
      ],
      [{ artifact: { ...base.artifact, sizeBytes: 0 } }, /^input\.artifact\.sizeBytes: must be between 1/],
      [{ signature: { ...base.signature, inputs: [] } }, /^input\.signature\.inputs: must list at least one tensor/],
      [
        { signature: { ...base.signature, inputs: [{ name: 'image', dtype: 'FLOAT32', shape: [28, 0, 1] }] } },
        /^input\.signature\.inputs\[0\]\.shape\[1\]: must be a positive size/,
      ],
      [
        { signature: { ...base.signature, classLabels: ['a', 'a'] } },
        /^input\.signature\.classLabels\[1\]: "a" appears more than once/,
      ],
      [
        {
          metrics: [
            { name: 'auc', value: 0.9 },
            { name: 'auc', value: 0.8 },
          ],
        },
        /^input\.metrics\[1\]: "auc" appears more than once/,
      ],
      [{ runId: chain.team.id }, /^input\.runId: ".*" is not a Run id/],
    ];
    for (const [change, message] of cases) {
      assertError(
        await gw.client.error(RegisterModelVersionDocument, { input: { ...base, ...change } }),
        'BAD_USER_INPUT',
        message,
      );
    }
    const { model } = await gw.client.data(ModelDocument, { id: chain.model.id });
    assert.equal(model.versions.length, 1, 'no refused version was written');
  });

  it('writes nothing of a run whose dataset versions are partly unknown', async () => {
    const unknown = Buffer.from('DatasetVersion:00000000-0000-4000-8000-000000000000').toString('base64url');
    const error = await gw.client.error(StartRunDocument, {
      input: { experimentId: chain.experiment.id, datasetVersionIds: [chain.datasetVersion.id, unknown] },
    });
    assertError(error, 'NOT_FOUND', /^No dataset version with id/);
    const { runs } = await gw.client.data(RunsDocument, { filter: { experimentId: chain.experiment.id } });
    assert.equal(runs.totalCount, 1, 'the refused run was not written');
  });

  it('trims metric names and refuses blank ones, on runs and on model versions', async () => {
    const { startRun } = await gw.client.data(StartRunDocument, { input: { experimentId: chain.experiment.id } });
    await gw.client.data(LogRunMetricsDocument, {
      input: { runId: startRun.id, metrics: [{ name: ' loss ', value: 1 }] },
    });
    const { logRunMetrics } = await gw.client.data(LogRunMetricsDocument, {
      input: { runId: startRun.id, metrics: [{ name: 'loss', value: 0.5 }] },
    });
    assert.deepEqual(logRunMetrics.metrics, [{ name: 'loss', value: 0.5 }], 'one loss, the latest');
    assertError(
      await gw.client.error(LogRunMetricsDocument, {
        input: { runId: startRun.id, metrics: [{ name: '  ', value: 1 }] },
      }),
      'BAD_USER_INPUT',
      /^input\.metrics\[0\]\.name: must not be empty/,
    );
    const base = classifierVersion(chain.model.id);
    const fairness = base.fairnessMetrics![0]!;
    const cases: [Partial<typeof base>, RegExp][] = [
      [{ metrics: [{ name: ' ', value: 0.9 }] }, /^input\.metrics\[0\]\.name: must not be empty/],
      [
        {
          metrics: [
            { name: 'auc', value: 0.9 },
            { name: ' auc', value: 0.8 },
          ],
        },
        /^input\.metrics\[1\]: "auc" appears more than once/,
      ],
      [{ fairnessMetrics: [{ ...fairness, metric: ' ' }] }, /^input\.fairnessMetrics\[0\]\.metric: must not be empty/],
      [
        { fairnessMetrics: [{ ...fairness, sensitiveFeature: '' }] },
        /^input\.fairnessMetrics\[0\]\.sensitiveFeature: must not be empty/,
      ],
      [{ fairnessMetrics: [{ ...fairness, group: '  ' }] }, /^input\.fairnessMetrics\[0\]\.group: must be 1 to 100/],
    ];
    for (const [change, message] of cases) {
      assertError(
        await gw.client.error(RegisterModelVersionDocument, { input: { ...base, ...change } }),
        'BAD_USER_INPUT',
        message,
      );
    }
  });

  it('refuses a model version from a run that has not FINISHED, saying why, and writes nothing', async () => {
    const { startRun } = await gw.client.data(StartRunDocument, {
      input: { experimentId: chain.experiment.id, name: 'unfinished' },
    });
    const input = classifierVersion(chain.model.id, startRun.id);
    assertError(
      await gw.client.error(RegisterModelVersionDocument, { input }),
      'CONFLICT',
      /^Run "unfinished" is RUNNING: a model version names the run that trained it, so the run must be FINISHED; finish it first \(finishRun\)\.$/,
    );
    await gw.client.data(FinishRunDocument, { input: { runId: startRun.id, status: 'FAILED' } });
    assertError(
      await gw.client.error(RegisterModelVersionDocument, { input }),
      'CONFLICT',
      /^Run "unfinished" is FAILED: a model version names the run that trained it, so the run must be FINISHED; a failed run trained no model to register\.$/,
    );
    const { model } = await gw.client.data(ModelDocument, { id: chain.model.id });
    assert.equal(model.versions.length, 1, 'no refused version was written');
  });

  it('refuses metrics on a finished run', async () => {
    const { startRun } = await gw.client.data(StartRunDocument, { input: { experimentId: chain.experiment.id } });
    await gw.client.data(FinishRunDocument, { input: { runId: startRun.id } });
    assertError(
      await gw.client.error(LogRunMetricsDocument, {
        input: { runId: startRun.id, metrics: [{ name: 'x', value: 1 }] },
      }),
      'CONFLICT',
      /Run is FINISHED; only a RUNNING run can log metrics/,
    );
    assertError(
      await gw.client.error(FinishRunDocument, { input: { runId: startRun.id } }),
      'CONFLICT',
      /only a RUNNING run can finish/,
    );
  });

  it('refuses bad routes and batching and writes no deployment', async () => {
    const teamId = chain.team.id;
    const v = chain.modelVersion.id;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ routes: [] }, /^input\.routes: must have at least one route/],
      [{ routes: [{ modelVersionId: v, weight: 60 }] }, /^input\.routes: weights must add up to 100, got 60/],
      [{ routes: [{ modelVersionId: v, weight: 150 }] }, /^input\.routes\[0\]\.weight: must be between 0 and 100/],
      [
        {
          routes: [
            { modelVersionId: v, weight: 50 },
            { modelVersionId: v, weight: 50 },
          ],
        },
        /^input\.routes\[1\]: .* appears more than once/,
      ],
      [
        { routes: [{ modelVersionId: v, weight: 100 }], shadowModelVersionId: v },
        /^input\.shadowModelVersionId: is also a route/,
      ],
      [
        { routes: [{ modelVersionId: v, weight: 100 }], batching: { maxBatchSize: 0 } },
        /^input\.batching\.maxBatchSize: must be between 1 and 1024/,
      ],
      [
        { routes: [{ modelVersionId: v, weight: 100 }], batching: { maxQueueDelayMs: 5000 } },
        /^input\.batching\.maxQueueDelayMs:/,
      ],
    ];
    for (const [change, message] of cases) {
      const error = await gw.client.error(CreateDeploymentDocument, {
        input: { teamId, name: 'refused', environment: 'STAGING', routes: [], ...change } as never,
      });
      assertError(error, 'BAD_USER_INPUT', message);
    }
    const unknownVersion = Buffer.from('ModelVersion:00000000-0000-4000-8000-000000000000').toString('base64url');
    const missing = await gw.client.error(CreateDeploymentDocument, {
      input: {
        teamId,
        name: 'refused',
        environment: 'STAGING',
        routes: [{ modelVersionId: unknownVersion, weight: 100 }],
      },
    });
    assertError(missing, 'NOT_FOUND', /^No model version with id/);
    const { deployments } = await gw.client.data(DeploymentsDocument, { filter: { nameContains: 'refused' } });
    assert.equal(deployments.totalCount, 0, 'no refused deployment was written');
  });

  it('refuses text PostgreSQL cannot store, naming the argument', async () => {
    const nul = await gw.client.error(ModelDocument, { name: 'a\u0000b' });
    assertError(nul, 'BAD_USER_INPUT', /^name: contains a NUL character/);
    const surrogate = await gw.client.error(CreateTeamDocument, {
      input: { name: 'ok-name', description: 'broken \ud800 text' },
    });
    assertError(
      surrogate,
      'BAD_USER_INPUT',
      /^input\.description: contains a NUL character or a broken Unicode surrogate/,
    );
    const { teams } = await gw.client.data(TeamsDocument, {});
    assert.ok(!teams.edges.some((e) => e.node.name === 'ok-name'));
  });

  it('answers an argument value its type refuses with BAD_USER_INPUT, written inline or sent as a variable', async () => {
    const inline = await gw.client.send(
      JSON.stringify({ query: '{ deployments(filter: { environment: NOWHERE }) { totalCount } }' }),
    );
    assertError(inline.errors![0]!, 'BAD_USER_INPUT', /^Value "NOWHERE" does not exist in "Environment" enum/);
    const variable = await gw.client.error(DeploymentsDocument, { filter: { environment: 'NOWHERE' as 'STAGING' } });
    assertError(variable, 'BAD_USER_INPUT', /got invalid value "NOWHERE"/);
    const notAnInt = await gw.client.send(JSON.stringify({ query: '{ deployments(first: "3") { totalCount } }' }));
    assertError(notAnInt.errors![0]!, 'BAD_USER_INPUT', /^Int cannot represent non-integer value: "3"/);
    const unknownField = await gw.client.send(JSON.stringify({ query: '{ deployment(name: "x", nope: 1) { name } }' }));
    assert.equal(
      unknownField.errors![0]!.extensions?.code,
      'GRAPHQL_VALIDATION_FAILED',
      'a document that asks for what the schema lacks stays a validation error',
    );
  });

  it('answers a request that is not JSON with a JSON error and no stack trace', async () => {
    const response = await fetch(gw.client.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { errors: GraphQLResponseError[] };
    assertError(body.errors[0]!, 'BAD_REQUEST', /not valid JSON/);
    assert.doesNotMatch(JSON.stringify(body), /node_modules|at .*\.js/);
  });
});
