/**
 * neo4j-driver 5.x leaves Nagle's algorithm on. A Bolt request written in more than one chunk (a few
 * dozen ids in a parameter list) then waits for the server's delayed ACK: about 40 ms per query, on
 * loopback too (measured: 48 ms → 5 ms for a 60-id UNWIND). The driver opens plain sockets with
 * `net.connect` and offers no option, so sockets opened that way get TCP_NODELAY. The Python driver
 * made the same change upstream; for any other client in this process it only removes latency.
 */
import net from 'node:net';

const MARK = Symbol.for('kg-graphql.tcp-nodelay');
type Connect = typeof net.connect & { [MARK]?: true };

if (!(net.connect as Connect)[MARK]) {
  const connect = net.connect;
  const withNoDelay = ((...args: Parameters<typeof net.connect>) => connect(...args).setNoDelay(true)) as Connect;
  withNoDelay[MARK] = true;
  net.connect = withNoDelay;
  net.createConnection = withNoDelay;
}
