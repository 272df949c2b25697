/**
 * neo4j-driver 5.x leaves Nagle's algorithm on. A Bolt request written in more than one chunk (a few
 * dozen ids in a parameter list) then waits for the server's delayed ACK: about 40 ms per query, on
 * loopback too (measured: 48 ms → 5 ms for a 60-id UNWIND). The driver opens plain sockets with
 * `net.connect` and offers no option, so sockets opened that way get TCP_NODELAY. The Python driver
 * made the same change upstream; for any other client in this process it only removes latency.
 *
 * With Nagle off, every write is a system call and a packet: the driver writes a statement in
 * 1,400-byte chunks (a planned statement is 2-4 KB of Cypher), then PULL. So the writes a socket gets
 * within one tick are corked and sent together at the end of it, in one `writev`.
 */
import net from 'node:net';

const MARK = Symbol.for('kg-graphql.tcp-nodelay');

/** `socket`, with Nagle off and the writes of one tick sent together. */
function tuned(socket: net.Socket): net.Socket {
  socket.setNoDelay(true);
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = new Proxy(socket.write, {
    apply(write, self, args) {
      if (!corked) {
        corked = true;
        socket.cork();
        process.nextTick(uncork);
      }
      return Reflect.apply(write, self, args);
    },
  });
  return socket;
}

if (!(MARK in net.connect)) {
  const tunedConnect = new Proxy(net.connect, {
    apply: (connect, self, args): net.Socket => tuned(Reflect.apply(connect, self, args)),
    has: (connect, key) => key === MARK || Reflect.has(connect, key),
  });
  net.connect = tunedConnect;
  net.createConnection = tunedConnect;
}
