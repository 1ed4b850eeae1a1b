import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import express from 'express';
import type { GraphQLError } from 'graphql';
import type { Identity } from '../authz/identity';
import { mayIntrospect } from '../domain/limits';
import type { PolicyStore } from '../domain/policies';

/** The page's scripts, stylesheet, fonts and Monaco's workers, bundled by `npm run build` (src/graphiql/build.ts). */
const ASSET_DIR = path.join(__dirname, '../../graphiql');

/**
 * Only this origin's scripts (no inline script, no eval), workers and requests (`'self'` covers
 * graphql-ws on this host); images and fonts from this origin or data: URLs. Styles allow inline:
 * Monaco, GraphiQL's editor, writes its theme and layout at run time into <style> elements and
 * style attributes, which no hash can name.
 */
export const GRAPHIQL_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A refusal page: text only, nothing to load. */
const REFUSAL_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

export interface GraphiQLDeps {
  policies: PolicyStore;
  /** Who asks, with its request rate spent (the pipeline's admission): a refusal throws. */
  admit: (headers: IncomingHttpHeaders, address: string | undefined) => Promise<Identity>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * GraphiQL at GET /graphql for a browser (a request that prefers HTML), around `graphql`, which
 * answers everything else; its files under /graphiql/.
 *
 * The page shows the schema, which policies/limits.yaml (`introspection`) keeps for some roles, so
 * it is served as introspection is answered. The gateway takes credentials from headers only (no
 * cookie, no session), and a browser that navigates here sends none: such a request gets 401 with a
 * page that asks for a token or API key, checks with an introspection query that its roles may read
 * the schema, and only then loads GraphiQL. A request that does carry credentials (a proxy that adds
 * them) is judged at once: refused credentials 401, roles that may not introspect 403 (short pages,
 * no script), the others GraphiQL. Either way the API refuses introspection to those roles on its
 * own: the page is a convenience, not the guard.
 */
export function graphiqlRoutes(deps: GraphiQLDeps): { assets: express.Router; around(graphql: Handler): Handler } {
  const assets = express.Router();
  assets.use('/graphiql', (_req, res, next) => {
    res.set({ ...SECURITY_HEADERS, 'content-security-policy': GRAPHIQL_POLICY });
    next();
  });
  assets.use('/graphiql', express.static(ASSET_DIR, { index: false, dotfiles: 'ignore', redirect: false }));

  const page: Handler = async (req, res) => {
    let identity: Identity;
    try {
      identity = await deps.admit(req.headers, req.socket.remoteAddress);
    } catch (error) {
      const { message, extensions } = error as GraphQLError;
      const code = String(extensions?.code ?? 'UNAUTHENTICATED');
      if (code === 'RATE_LIMITED') {
        const retry = (extensions?.http as { headers?: Map<string, string> } | undefined)?.headers?.get('retry-after');
        if (retry) res.setHeader('retry-after', retry);
        return refusal(res, 429, 'Too many requests', message);
      }
      return refusal(res, 401, 'Credentials refused', message, 'Send a valid token or API key, or none to sign in.');
    }
    if (mayIntrospect(deps.policies.current.limits, identity.roles)) return explorer(res, 200, false);
    if (identity.kind === 'anonymous') return explorer(res, 401, true);
    return refusal(
      res,
      403,
      'Not for your roles',
      'Your roles may not read the schema through introspection, so GraphiQL is not served to them.',
      'The API at /graphql still answers your operations.',
    );
  };

  return {
    assets,
    around: (graphql) => async (req, res) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && prefersHtml(req.headers.accept)) return page(req, res);
      return graphql(req, res);
    },
  };
}

/**
 * Whether `accept` names text/html at least as high as either GraphQL response type: what a browser
 * sends when it navigates (`text/html,…,*\/*;q=0.8`), never a GraphQL client.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const quality = new Map<string, number>();
  for (const range of accept.split(',')) {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    if (type && Number.isFinite(value)) quality.set(type, Math.max(quality.get(type) ?? 0, value));
  }
  const html = quality.get('text/html') ?? 0;
  const json = Math.max(quality.get('application/json') ?? 0, quality.get('application/graphql-response+json') ?? 0);
  return html > 0 && html >= json;
}

function send(res: ServerResponse, status: number, policy: string, html: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-security-policy': policy,
    'content-type': 'text/html; charset=utf-8',
    ...(status === 401 && { 'www-authenticate': 'Bearer realm="modelgate"' }),
  });
  res.end(html);
}

const HEAD = `<meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="data:,">`;

/** GraphiQL's page; `signIn`: it asks for a credential first (the request brought none). */
function explorer(res: ServerResponse, status: number, signIn: boolean): void {
  const body = signIn
    ? `<form id="sign-in" class="sign-in">
        <h1>Sign in to explore the schema</h1>
        <p>GraphiQL reads the schema, which is for the roles the gateway's policies allow introspection.
          Paste a bearer token (<code>modelgate token</code>) or an API key: it is kept in this tab only,
          and sent with every request GraphiQL makes.</p>
        <label for="token">Token or API key</label>
        <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required>
        <button type="submit">Sign in</button>
        <p id="sign-in-status" role="status"></p>
      </form>`
    : '<p class="loading">Loading GraphiQL…</p>';
  send(
    res,
    status,
    GRAPHIQL_POLICY,
    `<!doctype html>
<html lang="en">
  <head>
    ${HEAD}
    <title>modelgate · GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/app.css">
    <script type="module" src="/graphiql/app.js"></script>
  </head>
  <body${signIn ? ' data-sign-in="required"' : ''}>
    <header><span class="brand">modelgate</span><span class="what">GraphiQL</span><button id="sign-out" type="button" hidden>Sign out</button></header>
    <div id="graphiql">
      ${body}
    </div>
    <noscript>GraphiQL needs JavaScript; the API at /graphql answers without it.</noscript>
  </body>
</html>
`,
  );
}

function refusal(res: ServerResponse, status: number, title: string, message: string, hint = ''): void {
  send(
    res,
    status,
    REFUSAL_POLICY,
    `<!doctype html>
<html lang="en">
  <head>
    ${HEAD}
    <title>modelgate · ${escape(title)}</title>
  </head>
  <body>
    <h1>${escape(title)}</h1>
    <p>${escape(message)}</p>
    ${hint && `<p>${escape(hint)}</p>`}
  </body>
</html>
`,
  );
}

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
