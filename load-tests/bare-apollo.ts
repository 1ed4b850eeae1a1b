/**
 * The protocol ceiling: a bare Apollo Server whose `predict` has the gateway's shape (so the same
 * request fits) but parses nothing and answers a constant, and a `hello`. Run as its own process;
 * prints {"port"} once listening.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { GraphQLJSON } from 'graphql-scalars';

const typeDefs = `#graphql
  scalar JSON
  type PredictionOutput { label: String scores: [Float!] value: Float predictionId: ID }
  type Prediction { deployment: String! modelVersionId: ID! version: Int! outputs: [PredictionOutput!]! }
  type Query { hello: String! predict(deployment: String!, instances: [JSON!]!, routingKey: String): Prediction! }
`;
const prediction = {
  deployment: 'cnn',
  modelVersionId: 'constant',
  version: 1,
  outputs: [
    { label: 'horizontal', scores: [0.5, 0.5], value: null, predictionId: '00000000-0000-4000-8000-000000000000:0' },
  ],
};
const resolvers = { JSON: GraphQLJSON, Query: { hello: () => 'world', predict: () => prediction } };

void startStandaloneServer(new ApolloServer({ typeDefs, resolvers }), { listen: { port: 0, host: '127.0.0.1' } }).then(
  ({ url }) => {
    console.log(JSON.stringify({ port: Number(new URL(url).port) }));
  },
);
