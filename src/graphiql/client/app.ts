/**
 * GraphiQL as the gateway serves it at GET /graphql: bundled by esbuild (src/graphiql/build.ts) from
 * npm's graphiql, React and Monaco, served from the gateway's own files under a strict
 * Content-Security-Policy: no CDN, no inline script, Monaco's workers from this origin.
 *
 * The gateway authenticates by header (a bearer token or an API key), never by cookie, so a browser
 * that navigates here brings no credentials: the page then asks for one (kept in this tab's
 * sessionStorage, as the review page does), checks that its roles may read the schema, and adds it
 * to every request GraphiQL sends, over HTTP and graphql-ws alike.
 */
import { GraphiQL } from 'graphiql';
import { getOperationAST, parse, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { createElement, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './explorer.css';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

// Monaco's editor, JSON and GraphQL language workers, bundled beside this script (no blob: or CDN workers).
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string): Worker {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(`/graphiql/${name}.worker.js`, { type: 'module', name: `monaco-${name}` });
  },
};

const TOKEN_KEY = 'modelgate.graphiql.token';
const ENDPOINT = '/graphql';

/** A JWT (three dot-separated parts) travels as a bearer token; anything else is an API key. */
function credentials(token: string | null): Record<string, string> {
  if (!token) return {};
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? { authorization: `Bearer ${token}` } : { 'x-api-key': token };
}

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(body: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Answer;
}

/**
 * GraphiQL's fetcher: queries and mutations over HTTP, subscriptions over graphql-ws, each with the
 * signed-in credential unless the headers editor names its own.
 */
function fetcherFor(token: string | null): Fetcher {
  let socket: Client | undefined;
  return (params, options) => {
    const headers = { ...credentials(token), ...(options?.headers as Record<string, string> | undefined) };
    let subscription = false;
    try {
      subscription = getOperationAST(parse(params.query), params.operationName)?.operation === 'subscription';
    } catch {
      // The gateway answers what does not parse.
    }
    if (!subscription) return post(params, headers) as Promise<ExecutionResult>;
    socket ??= createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${ENDPOINT}`,
      connectionParams: headers,
      lazy: true,
    });
    return socket.iterate({
      query: params.query,
      operationName: params.operationName,
      variables: params.variables ?? undefined,
    }) as AsyncIterable<ExecutionResult>;
  };
}

function mount(token: string | null): void {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById('graphiql')!;
  container.replaceChildren();
  document.body.classList.add('explorer');
  if (token) {
    const signOut = document.getElementById('sign-out');
    signOut?.removeAttribute('hidden');
    signOut?.addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      location.reload();
    });
  }
  createRoot(container).render(
    createElement(GraphiQL, {
      fetcher: fetcherFor(token),
      // A link to /graphql?query=… opens with that operation.
      initialQuery: params.get('query') ?? undefined,
      initialVariables: params.get('variables') ?? undefined,
      defaultQuery: '# Run with ▶ or Ctrl+Enter.\n{\n  me {\n    subject\n    roles\n  }\n}\n',
      // The pasted credential is added by the fetcher; headers typed in the editor stay in this tab.
      shouldPersistHeaders: false,
    }),
  );
}

/** What a refused credential's holder can do about it, after the gateway's own message. */
const nextSteps: Record<string, string> = {
  UNAUTHENTICATED: 'Paste a valid token (modelgate token) or API key.',
  FORBIDDEN:
    'Your roles may not read the schema (policies/limits.yaml, introspection). The API at /graphql still answers your operations.',
  RATE_LIMITED: 'Wait a few seconds, then try again.',
};

/** Signs in with `token` when its roles may read the schema; otherwise shows why not. */
async function signIn(token: string): Promise<void> {
  const status = document.getElementById('sign-in-status')!;
  status.textContent = 'Checking…';
  status.className = '';
  let answer: Answer;
  try {
    answer = await post({ query: '{ __schema { queryType { name } } }' }, credentials(token));
  } catch {
    status.textContent = 'The gateway could not be reached. Check your connection, then try again.';
    status.className = 'error';
    return;
  }
  const error = answer.errors?.[0];
  if (!error) {
    sessionStorage.setItem(TOKEN_KEY, token);
    mount(token);
    return;
  }
  sessionStorage.removeItem(TOKEN_KEY);
  const code = error.extensions?.code ?? 'ERROR';
  status.className = 'error';
  status.replaceChildren(
    `${error.message} `,
    Object.assign(document.createElement('code'), { textContent: code }),
    ` ${nextSteps[code] ?? ''}`,
  );
}

function start(): void {
  if (document.body.dataset.signIn !== 'required') return mount(null);
  const form = document.getElementById('sign-in') as HTMLFormElement;
  const input = document.getElementById('token') as HTMLInputElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (token) void signIn(token);
  });
  const kept = sessionStorage.getItem(TOKEN_KEY);
  if (kept) void signIn(kept);
}

start();
