import { createServer, connect, Server, Socket } from 'node:net';

/**
 * A TCP proxy in front of a real database, so a test can take the database away from a running
 * plugin: `refuse()` closes the port (connections are refused), `hang()` keeps accepting connections
 * and never answers them (a database that hangs). Both cut the connections already open.
 */
export class DatabaseProxy {
  private readonly sockets = new Set<Socket>();
  private mode: 'forward' | 'hang' = 'forward';

  private constructor(private readonly server: Server, readonly port: number) {}

  static async start(target: {
    host: string;
    port: number;
  }): Promise<DatabaseProxy> {
    const server = createServer();
    await new Promise<void>(resolve =>
      server.listen(0, '127.0.0.1', () => resolve()),
    );
    const address = server.address();
    if (!address || typeof address === 'string')
      throw new Error('the proxy has no TCP port');
    const proxy = new DatabaseProxy(server, address.port);
    server.on('connection', client => proxy.accept(client, target));
    return proxy;
  }

  refuse() {
    this.server.close();
    this.cut();
  }

  hang() {
    this.mode = 'hang';
    this.cut();
  }

  async close() {
    this.cut();
    if (this.server.listening)
      await new Promise(resolve => this.server.close(resolve));
  }

  private accept(client: Socket, target: { host: string; port: number }) {
    this.track(client);
    if (this.mode === 'hang') return;
    const upstream = this.track(connect(target.port, target.host));
    client.pipe(upstream).pipe(client);
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }

  private cut() {
    for (const socket of this.sockets) socket.destroy();
  }
}
