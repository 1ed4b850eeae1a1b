import assert from 'node:assert/strict';
import { it } from 'node:test';
import { prefersHtml } from '../../src/http/graphiql';

it('GraphiQL answers what browsers send when they navigate, never what GraphQL clients send', () => {
  for (const browser of [
    'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
    'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'text/html',
  ])
    assert.equal(prefersHtml(browser), true, browser);
  for (const client of [
    undefined,
    '',
    '*/*',
    'application/json',
    'application/graphql-response+json',
    'application/graphql-response+json, application/json;q=0.9',
    'application/json, text/html;q=0.5',
    'text/html;q=0',
    'multipart/mixed;deferSpec=20220824, application/json',
  ])
    assert.equal(prefersHtml(client), false, String(client));
});
