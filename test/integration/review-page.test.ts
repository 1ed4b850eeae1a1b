import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  CreateDeploymentDocument,
  PredictDocument,
  SubmitModelVersionForReviewDocument,
} from '../../src/client/generated/graphql';
import { createChain } from '../support/fixtures';
import { startTestGateway, type Person, type TestGateway } from '../support/gateway';

/** The system's Chromium (Debian's `chromium`; CHROMIUM_PATH overrides), or undefined when there is none. */
function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const executablePath = findChromium();
const skip = executablePath
  ? false
  : 'NO CHROMIUM FOUND: the review page end-to-end tests did not run. Install it (apt-get install -y chromium; .ci/run does when it can) or set CHROMIUM_PATH.';
if (skip) console.warn(`\n!!! ${skip}\n`);

/** UPDATE_SCREENSHOTS=1 writes the screenshots docs/governance.md shows (test/screenshots); otherwise they go to a scratch folder. */
const screenshots =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(__dirname, '../../../test/screenshots')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'review-screens-'));

describe('the review page at /review, in a real headless Chromium', { skip }, () => {
  let gw: TestGateway;
  let browser: Browser;
  let versionId: string;
  let modelName: string;
  /** Script errors and CSP violations the page met: it must meet none. */
  const pageErrors: string[] = [];

  /** A fresh tab signed in as `person` through the page's own form. */
  async function signIn(person: Person): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${gw.gateway.url.replace('/graphql', '')}/review`);
    await page.fill('#token', await gw.token(person));
    await page.click('button[type=submit]');
    await page.waitForSelector('#queue');
    return page;
  }

  before(async () => {
    gw = await startTestGateway();
    const chain = await createChain(gw.client, 'page');
    versionId = chain.modelVersion.id;
    modelName = chain.model.name;
    await gw.client.data(SubmitModelVersionForReviewDocument, { id: versionId });
    await gw.client.data(CreateDeploymentDocument, {
      input: {
        teamId: chain.team.id,
        name: 'credit-page',
        environment: 'STAGING',
        routes: [{ modelVersionId: versionId, weight: 100 }],
      },
    });
    await gw.client.data(PredictDocument, {
      deployment: 'credit-page',
      instances: [
        { income: 2.5, age: -1 },
        { income: 0.3, age: 1.2 },
      ],
    });
    await gw.gateway.predictionLog.flush();
    fs.mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({
      executablePath: executablePath as string,
      headless: true,
      args: ['--no-sandbox'],
    });
  });
  after(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('serves the page with its content types and a strict Content-Security-Policy', async () => {
    const base = gw.gateway.url.replace('/graphql', '');
    const page = await fetch(`${base}/review`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    const policy = page.headers.get('content-security-policy')!;
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
    ])
      assert.ok(policy.includes(directive), directive);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.match((await fetch(`${base}/review/app.js`)).headers.get('content-type')!, /javascript/);
    assert.match((await fetch(`${base}/review/generated/graphql.js`)).headers.get('content-type')!, /javascript/);
    assert.match((await fetch(`${base}/review/review.css`)).headers.get('content-type')!, /^text\/css/);
    assert.equal((await fetch(`${base}/review/..%2F..%2Fpackage.json`)).status, 404);
    assert.doesNotMatch(await page.text(), /https?:\/\//, 'nothing fetched from elsewhere');
  });

  it('lets a reviewer find the version in the queue, read its gates and approve it', async () => {
    const rita = await signIn({ user: 'rita', roles: ['reviewer'] });
    const link = rita.locator('#queue a.version-link', { hasText: `${modelName} v1` });
    await link.waitFor();
    await rita.screenshot({ path: path.join(screenshots, 'review-queue.png'), fullPage: true });
    await link.click();
    await rita.waitForSelector('#gates table');
    const gates = await rita.locator('#gates').innerText();
    assert.match(gates, /noRawPii\s+SUBMIT\s+passed/);
    assert.match(gates, /No training data holds un-anonymised personal data/, 'with its reason');
    assert.match(await rita.locator('#lineage').innerText(), /credit-page/, 'lineage reaches the deployment');
    await rita.locator('button.explain').first().click();
    await rita.waitForSelector('#explanation svg rect.bar');
    await rita.screenshot({ path: path.join(screenshots, 'review-version.png'), fullPage: true });

    await rita.fill('#comment', 'Gates pass and the card is complete.');
    await rita.click('#approve');
    await rita.waitForSelector('#no-decision');
    assert.match(await rita.locator('#no-decision').innerText(), /You decided already: APPROVE/);
    assert.equal(await rita.locator('#state').innerText(), 'IN_REVIEW', 'one approval of two');
    assert.match(await rita.locator('#reviews').innerText(), /rita\s+APPROVE\s+Gates pass/);
  });

  it("moves the version to APPROVED with a second reviewer's approval", async () => {
    const rolf = await signIn({ user: 'rolf', roles: ['reviewer'] });
    await rolf.locator('#queue a.version-link', { hasText: `${modelName} v1` }).click();
    await rolf.fill('#comment', 'Agreed.');
    await rolf.click('#approve');
    await rolf.waitForSelector('#state.APPROVED');
    assert.match(await rolf.locator('#no-decision').innerText(), /This version is APPROVED/);
  });

  it('shows a viewer no decision to take, and the API refuses one anyway', async () => {
    const vera = await signIn({ user: 'vera', roles: ['viewer'], teams: ['team-page'] });
    assert.match(await vera.locator('#queue').innerText(), /Your roles do not review model versions/);
    await vera.goto(`${gw.gateway.url.replace('/graphql', '')}/review#/versions/${encodeURIComponent(versionId)}`);
    await vera.waitForSelector('#no-decision');
    assert.equal(await vera.locator('#approve').count(), 0);
    assert.match(await vera.locator('#no-decision').innerText(), /do not review model versions/);
    await vera.waitForSelector('#predictions .error[data-code=FORBIDDEN]');
    // The page's own credentials, sent straight to the API.
    const token = (await vera.evaluate('sessionStorage.getItem("modelgate.review.token")')) as string;
    const response = await fetch(gw.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($id: ID!) { approveModelVersion(id: $id, comment: "sneaky") { id } }',
        variables: { id: versionId },
      }),
    });
    const refusal = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    assert.equal(refusal.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('met no script error and no Content-Security-Policy violation', () => {
    assert.deepEqual(pageErrors, []);
  });
});
