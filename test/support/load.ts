import http from 'node:http';

export interface Load {
  /** Requests answered 200 without GraphQL errors so far. */
  readonly answered: number;
  /** The x-request-id of each of them, in the order they were answered (load-<client>-<n>). */
  readonly answeredIds: string[];
  /** Every other outcome: status and error code, or the client-side error. */
  readonly failures: string[];
  /** Lets each client finish the request it has in flight, then stop; resolves when all have. */
  stop(): Promise<void>;
}

/**
 * `clients` client services posting `body` to the GraphQL endpoint at `url` in a loop, each on one
 * keep-alive connection of Node's HTTP client, counting what was answered. Each request carries a
 * request id of its own, so a test can find the answered ones in the prediction log.
 */
export function graphqlLoad(url: string, headers: Record<string, string>, body: string, clients: number): Load {
  const { port } = new URL(url);
  const agents = Array.from({ length: clients }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const failures: string[] = [];
  const answeredIds: string[] = [];
  let sent = 0;
  let stopping = false;
  const post = (agent: http.Agent, requestId: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...headers },
        },
        answered(resolve, reject),
      );
      request.on('error', reject);
      request.end(body);
    });
  const client = async (agent: http.Agent, index: number) => {
    while (!stopping) {
      const requestId = `load-${index}-${sent++}`;
      try {
        const { status, text } = await post(agent, requestId);
        const result = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        if (status === 200 && !result.errors) answeredIds.push(requestId);
        else failures.push(`${status} ${result.errors?.[0]?.extensions?.code}`);
      } catch (error) {
        failures.push(String((error as NodeJS.ErrnoException).code ?? (error as Error).message));
      }
    }
  };
  const running = Promise.all(agents.map(client));
  return {
    get answered() {
      return answeredIds.length;
    },
    answeredIds,
    failures,
    stop: async () => {
      stopping = true;
      await running;
      for (const agent of agents) agent.destroy();
    },
  };
}

/** An http.request callback that resolves with the answer's status and whole text. */
export function answered(
  resolve: (answer: { status: number; text: string }) => void,
  reject: (error: Error) => void,
): (response: http.IncomingMessage) => void {
  return (response) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('end', () => resolve({ status: response.statusCode!, text }));
    response.on('error', reject);
  };
}
