import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, parse, validate } from 'graphql';
import { documentLimits, limitRefusal } from '../../src/graphql/limits/checks';

const schema = buildSchema(`
  type Node { id: ID! name: String! child: Node }
  type Query { node: Node }
`);
const limits = { maxTokens: 1000, maxDepth: 3, maxAliases: 2, maxDirectives: 1, maxCost: 1000 };

/** The messages of the document limits' refusals of `query`. */
function refusals(query: string, shape = limits): string[] {
  return validate(schema, parse(query), documentLimits(shape)).map((error) => error.message);
}

describe('document limit refusals say which limit, by how much, and are not syntax errors', () => {
  it('aliases', () => {
    assert.deepEqual(refusals('{ a: node { id } b: node { id } c: node { id } }'), [
      'Too many aliases: 3, at most 2 allowed.',
    ]);
  });

  it('depth', () => {
    const [message] = refusals('{ node { child { child { child { id } } } } }');
    assert.match(message!, /^Selections nested too deep: \d+ levels, at most 3 allowed\.$/);
  });

  it('directives', () => {
    assert.deepEqual(refusals('{ node @include(if: true) { id @skip(if: false) } }'), [
      'Too many directives: 2, at most 1 allowed.',
    ]);
  });

  it('cost', () => {
    const [message] = refusals('{ node { id name child { id name } } }', { ...limits, maxCost: 3 });
    assert.match(message!, /^The document costs too much: \d+, at most 3 allowed \(/);
  });

  it("tokens, as graphql-js's parser refuses them", () => {
    let parseError = '';
    try {
      parse('{ a b c d e f }', { maxTokens: 4 });
    } catch (error) {
      parseError = (error as Error).message;
    }
    assert.match(parseError, /^Syntax Error/, "graphql-js's own wording, which the formatter rewords");
    assert.equal(limitRefusal(parseError), 'Too many tokens: the document holds more than 4, at most 4 allowed.');
  });

  it('leaves other messages alone', () => {
    assert.equal(limitRefusal('Syntax Error: Expected Name, found "}".'), undefined);
    assert.deepEqual(refusals('{ a: node { id } }'), []);
  });

  it('no refusal starts with "Syntax Error"', () => {
    const all = [
      ...refusals('{ a: node { id } b: node { id } c: node { id } }'),
      ...refusals('{ node { child { child { child { id } } } } }'),
      ...refusals('{ node @include(if: true) { id @skip(if: false) } }'),
      ...refusals('{ node { id name child { id name } } }', { ...limits, maxCost: 3 }),
    ];
    assert.equal(all.length, 4);
    for (const message of all) assert.doesNotMatch(message, /^Syntax Error/);
  });
});
