import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import {
  DeploymentQualityDocument,
  ModelDocument,
  ModelVersionEvaluationsDocument,
  type EvaluationFieldsFragment,
} from '../../src/client/generated/graphql';
import { DEMO_EVALUATIONS_QUERY, seedDemo, type DemoReady } from '../../src/demo/seed';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** The demo as `npm start` seeds it on a first start, here against a test gateway, in process. */
describe('the demo', () => {
  let gw: TestGateway;
  let demo: DemoReady | undefined;
  /** What the demo logged at info and above. */
  const logged: { msg: string }[] = [];

  before(async () => {
    gw = await startTestGateway();
    const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    demo = await seedDemo(gw.config, gw.gateway.url, logger);
  });
  after(() => gw?.stop());

  /** The evaluations of the one version of the demo model `name`. */
  const evaluationsOf = async (name: string): Promise<EvaluationFieldsFragment[]> => {
    const { model } = await gw.client.data(ModelDocument, { name });
    assert.equal(model.versions.length, 1, `one version of ${name}`);
    const { modelVersion } = await gw.client.data(ModelVersionEvaluationsDocument, { id: model.versions[0]!.id });
    return modelVersion.evaluations;
  };

  it('measures both deployed versions on holdout rows, fairness by gender included, before it reports ready', async () => {
    assert.ok(demo, 'the demo was seeded');
    const [credit] = await evaluationsOf('credit-risk');
    assert.equal(credit?.status, 'SUCCEEDED', credit?.error ?? 'the credit model was evaluated');
    assert.equal(credit.rows, 500, 'the 500 applicants train.ts holds out of training');
    assert.equal(credit.positiveLabel, 'defaults', 'fairness is about who is predicted to default');
    assert.ok(credit.classification!.accuracy >= 0.6, `credit accuracy ${credit.classification!.accuracy}`);
    assert.ok(credit.classification!.rocAuc! >= 0.6, `credit ROC AUC ${credit.classification!.rocAuc}`);
    const gender = credit.fairness.filter((f) => f.sensitiveFeature === 'gender');
    assert.equal(gender.length, 1, 'fairness measured for the SENSITIVE column gender');
    assert.deepEqual(
      gender[0]!.groups.map((g) => g.group),
      ['f', 'm'],
    );
    assert.equal(typeof gender[0]!.demographicParityDifference, 'number');

    const [bars] = await evaluationsOf('bars');
    assert.equal(bars?.status, 'SUCCEEDED', bars?.error ?? 'the bars CNN was evaluated');
    assert.equal(bars.rows, 100);
    assert.ok(bars.classification!.accuracy >= 0.9, `bars accuracy ${bars.classification!.accuracy}`);
    assert.deepEqual(
      bars.classification!.perClass.map((c) => c.label),
      ['horizontal', 'vertical'],
    );

    // One line says what was measured, with the numbers the graph holds.
    const line = logged.find((entry) => entry.msg.startsWith('demo: measured'))?.msg;
    assert.ok(line, `no measured line in ${JSON.stringify(logged.map((entry) => entry.msg))}`);
    assert.match(line, new RegExp(`credit-risk accuracy ${credit.classification!.accuracy.toFixed(3)}`));
    assert.match(
      line,
      new RegExp(`demographic parity difference by gender ${gender[0]!.demographicParityDifference!.toFixed(3)}`),
    );
    assert.match(line, new RegExp(`bars accuracy ${bars.classification!.accuracy.toFixed(3)}`));
  });

  it('shows live quality on the credit model: three in five of its holdout predictions labelled, by gender', async () => {
    await gw.gateway.predictionLog.flush(); // answered instances are counted as the log writes them
    const { deployment } = await gw.client.data(DeploymentQualityDocument, { name: 'credit-risk' });
    const [live] = deployment!.quality;
    assert.equal(live?.labelled, 300, 'outcomes for 300 of the 500 applicants');
    assert.ok(live.answered >= 500, `answered ${live.answered}`);
    assert.ok(live.classification!.accuracy >= 0.6, `live accuracy ${live.classification!.accuracy}`);
    assert.deepEqual(
      live.fairness.map((f) => [f.sensitiveFeature, f.positiveLabel, f.groups.map((g) => g.group)]),
      [['gender', 'defaults', ['f', 'm']]],
    );
    assert.ok(
      logged.some((entry) => /reported 300 outcomes/.test(entry.msg)),
      'the demo says what it reported',
    );
  });

  it('says how to see the measured metrics, with a query a viewer of the demo team may run', async () => {
    assert.ok(demo);
    assert.ok(demo.evaluations.includes(JSON.stringify({ query: DEMO_EVALUATIONS_QUERY })), demo.evaluations);
    assert.match(demo.evaluations, /token --role viewer --team demo/);
    const viewer = await gw.as({ user: 'newcomer', roles: ['viewer'], teams: ['demo'] });
    const answer = await viewer.send<{
      models: {
        nodes: {
          name: string;
          versions: { evaluations: { status: string; classification: { accuracy: number } | null }[] }[];
        }[];
      };
    }>(JSON.stringify({ query: DEMO_EVALUATIONS_QUERY }));
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    assert.deepEqual(
      answer
        .data!.models.nodes.map((m) => [m.name, m.versions[0]!.evaluations.map((e) => e.status)] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
      [
        ['bars', ['SUCCEEDED']],
        ['credit-risk', ['SUCCEEDED']],
      ],
    );
  });
});
