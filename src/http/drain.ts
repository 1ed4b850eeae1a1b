import type http from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';

/**
 * Shutdown without lost requests. Tracks every HTTP connection and the requests on it; `drain`
 * stops accepting connections, answers every request already received (each answer tells its
 * client `Connection: close`, so no further request rides that connection), closes connections
 * once they have been idle for the server's keep-alive timeout (as they would be closed anyway,
 * so a client that keeps connections alive already expects it), and cuts what is left at the
 * deadline. A keep-alive client whose idle connection were closed at once could have a request in
 * flight on it, lost: Node's own `server.close()` does that, so the listener is closed without it.
 */
export class ConnectionDrain {
  private readonly sockets = new Map<Socket, { active: number; idleSince: number }>();
  private draining = false;

  constructor(private readonly server: http.Server) {
    server.on('connection', (socket: Socket) => {
      this.sockets.set(socket, { active: 0, idleSince: Date.now() });
      socket.once('close', () => this.sockets.delete(socket));
    });
    // A WebSocket is the subscriptions' to close (with the protocol's close code), not ours.
    server.on('upgrade', (request: http.IncomingMessage) => this.sockets.delete(request.socket));
  }

  /** Call first for every request: counts it on its connection, and while draining asks the client to close it. */
  track(req: http.IncomingMessage, res: http.ServerResponse): void {
    const state = this.sockets.get(req.socket);
    if (state) state.active += 1;
    if (this.draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      if (!state) return;
      state.active -= 1;
      state.idleSince = Date.now();
    });
  }

  /** Stops accepting, waits for the requests received to be answered, until `deadline` (Date.now() ms); true when nothing was cut. */
  async drain(deadline: number): Promise<boolean> {
    this.draining = true;
    // Connections the kernel completed but Node has not accepted yet carry requests their clients
    // have sent: one turn of the event loop accepts them (closing the listener would reset them).
    await new Promise((resolve) => setImmediate(resolve));
    // net.Server's close stops the listener only; http.Server's would also drop idle keep-alive connections at once.
    net.Server.prototype.close.call(this.server);
    while (this.sockets.size > 0 && Date.now() < deadline) {
      const now = Date.now();
      for (const [socket, state] of this.sockets)
        if (state.active === 0 && now - state.idleSince >= this.server.keepAliveTimeout) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const cut = this.sockets.size;
    for (const socket of this.sockets.keys()) socket.destroy();
    return cut === 0;
  }
}
