/**
 * GraphiQL at GET /graphql for browsers: served from the gateway's own files (bundled by `npm run
 * build`) under a strict Content-Security-Policy, to the roles that may read the schema; POST
 * /graphql and GraphQL GETs are untouched.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { findChromium } from '../support/chromium';

/** What Chromium sends when it navigates. */
const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';

/** UPDATE_SCREENSHOTS=1 writes the README's screenshot (test/screenshots); otherwise it goes to a scratch folder. */
const screenshots =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(__dirname, '../../../test/screenshots')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'graphiql-screens-'));

describe('GraphiQL at GET /graphql', { timeout: 180_000 }, () => {
  let gw: TestGateway;
  let base: string;
  let viewer: string;
  let service: string;

  before(async () => {
    gw = await startTestGateway();
    base = gw.gateway.url.replace(/\/graphql$/, '');
    viewer = await gw.token({ user: 'vera', roles: ['viewer'] });
    // The service role may not introspect (policies/limits.yaml).
    service = await gw.token({ user: 'svc', roles: ['service'] });
  });
  after(() => gw?.stop());

  const page = (headers: Record<string, string> = {}) =>
    fetch(gw.gateway.url, { headers: { accept: BROWSER_ACCEPT, ...headers } });

  const assertPolicy = (response: Response) => {
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ])
      assert.ok(policy.includes(directive), `${directive} in ${policy}`);
    assert.doesNotMatch(
      policy,
      /script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/,
      'scripts: this origin only',
    );
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  };

  it('serves GraphiQL, with a strict Content-Security-Policy, to a role that may introspect', async () => {
    const response = await page({ authorization: `Bearer ${viewer}` });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/html/);
    assertPolicy(response);
    const html = await response.text();
    assert.match(html, /<script type="module" src="\/graphiql\/app\.js"><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="\/graphiql\/app\.css">/);
    assert.doesNotMatch(html, /<script>|<script [^>]*>[^<]/, 'no inline script');
    assert.doesNotMatch(html, /https?:\/\//, 'nothing from elsewhere');
    assert.doesNotMatch(html, /data-sign-in/, 'no sign-in: the request brought credentials');
  });

  it('asks a browser without credentials to sign in (401), and refuses other roles and refused credentials', async () => {
    const anonymous = await page();
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.headers.get('www-authenticate')!, /^Bearer/);
    assertPolicy(anonymous);
    const signIn = await anonymous.text();
    assert.match(signIn, /data-sign-in="required"/);
    assert.match(signIn, /<form id="sign-in"/);

    const forbidden = await page({ authorization: `Bearer ${service}` });
    assert.equal(forbidden.status, 403);
    const refusal = await forbidden.text();
    assert.match(refusal, /may not read the schema/);
    assert.doesNotMatch(refusal, /<script|graphiql\/app/, 'a refusal loads nothing');
    assert.match(forbidden.headers.get('content-security-policy')!, /^default-src 'none'/);

    const refused = await page({ authorization: 'Bearer not-a-token' });
    assert.equal(refused.status, 401);
    assert.doesNotMatch(await refused.text(), /<script/);
  });

  it('serves its bundled files from this gateway with their content types', async () => {
    const css = await fetch(`${base}/graphiql/app.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type')!, /^text\/css/);
    const stylesheet = await css.text();
    assert.doesNotMatch(stylesheet, /url\(["']?(https?:)?\/\//, 'no font or image from elsewhere');
    for (const script of ['app.js', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js']) {
      const response = await fetch(`${base}/graphiql/${script}`);
      assert.equal(response.status, 200, script);
      assert.match(response.headers.get('content-type')!, /javascript/, script);
      assertPolicy(response);
      assert.ok((await response.arrayBuffer()).byteLength > 10_000, `${script} is the bundle`);
    }
    for (const font of stylesheet.matchAll(/url\(["']?\.\/([\w.-]+\.(?:ttf|woff2?))/g)) {
      const response = await fetch(`${base}/graphiql/${font[1]}`);
      assert.equal(response.status, 200, font[1]);
      assert.match(response.headers.get('content-type')!, /^font\//, font[1]);
    }
    assert.equal((await fetch(`${base}/graphiql/..%2F..%2Fpackage.json`)).status, 404);
    assert.equal((await fetch(`${base}/graphiql/app.js.map`)).status, 404);
  });

  it('leaves POST /graphql and GraphQL GETs as they were', async () => {
    const post = await fetch(gw.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT, authorization: `Bearer ${viewer}` },
      body: JSON.stringify({ query: '{ me { subject } }' }),
    });
    assert.equal(post.status, 200);
    assert.match(post.headers.get('content-type')!, /^application\/json/);
    assert.deepEqual(await post.json(), { data: { me: { subject: 'vera' } } });

    const get = await fetch(`${gw.gateway.url}?query=${encodeURIComponent('{ me { subject } }')}`, {
      headers: { accept: 'application/graphql-response+json', authorization: `Bearer ${viewer}` },
    });
    assert.equal(get.status, 200);
    assert.deepEqual(await get.json(), { data: { me: { subject: 'vera' } } });
  });

  const executablePath = findChromium();
  const skip = executablePath
    ? false
    : 'NO CHROMIUM FOUND: GraphiQL was not driven in a browser. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.';
  if (skip) console.warn(`\n!!! ${skip}\n`);

  describe('in a real headless Chromium', { skip }, () => {
    let browser: Browser;
    /** Script errors and CSP violations the page met: it must meet none. */
    const pageErrors: string[] = [];

    before(async () => {
      browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: ['--no-sandbox'] });
    });
    after(() => browser?.close());

    async function open(): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1300, height: 850 } });
      const tab = await context.newPage();
      tab.on('pageerror', (error) => pageErrors.push(error.message));
      tab.on('console', (message) => {
        // The sign-in page itself answers 401, which Chromium logs: that one is expected.
        const ownStatus = message.location().url === gw.gateway.url && /status of 401/.test(message.text());
        if (message.type() === 'error' && !ownStatus) pageErrors.push(message.text());
      });
      await tab.goto(gw.gateway.url);
      return tab;
    }

    it('signs a viewer in, loads the schema and runs a query, with no script error or CSP violation', async () => {
      const tab = await open();
      await tab.fill('#token', viewer);
      await tab.click('button[type=submit]');
      await tab.waitForSelector('.graphiql-container', { timeout: 60_000 });
      // The schema arrived: the documentation explorer lists the query type's fields.
      await tab.click('button[aria-label="Show Documentation Explorer"]');
      await tab.waitForSelector('text=DatasetVersion', { timeout: 30_000 });
      // The default operation asks for `me`.
      await tab.click('.graphiql-execute-button');
      await tab.locator('.result-window', { hasText: 'vera' }).waitFor({ timeout: 30_000 });
      assert.deepEqual(pageErrors, []);
      await tab.screenshot({ path: path.join(screenshots, 'graphiql.png') });
      await tab.context().close();
    });

    it('tells a role that may not introspect why, and does not load GraphiQL', async () => {
      const tab = await open();
      await tab.fill('#token', service);
      await tab.click('button[type=submit]');
      await tab.waitForSelector('#sign-in-status.error');
      const status = await tab.textContent('#sign-in-status');
      assert.match(status!, /may not read the schema/);
      assert.match(status!, /FORBIDDEN/);
      assert.equal(await tab.$('.graphiql-container'), null);
      await tab.context().close();
    });
  });
});
