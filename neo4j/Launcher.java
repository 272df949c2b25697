// Runs a real Neo4j Community 5.26 (embedded DBMS with the Bolt connector) as a local server.
//
// Normally started by `node neo4j/neo4j.mjs start`, which resolves the jars into .neo4j/lib,
// compiles this file once into .neo4j/classes and runs it detached. By hand (JEP 330, no compile):
//
//   java -Xms512m -Xmx1g -cp '.neo4j/lib/*' neo4j/Launcher.java --port 7687 --password secret123
//
// Arguments (each falls back to an environment variable, then a default):
//   --port N          NEO4J_LOCAL_PORT   7687            Bolt port, bound to 127.0.0.1 only
//   --password PW     NEO4J_PASSWORD     kg-local-password  initial password of user neo4j (>= 8 chars)
//   --home DIR        NEO4J_LOCAL_DIR    ./.neo4j        Neo4j home; data in DIR/data, logs in DIR/logs
//   --data-dir DIR    NEO4J_LOCAL_DATA   <home>/data
//   --logs-dir DIR    NEO4J_LOCAL_LOGS   <home>/logs
//   --pagecache SIZE  NEO4J_LOCAL_PAGECACHE  384m    server.memory.pagecache.size
//
// The heap is set on the java command line (-Xms/-Xmx); everything else is set here.
// Prints exactly one line starting with "NEO4J_LAUNCHER_READY" once Bolt accepts connections.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {
    /** Written into the data dir once the initial password has been set. */
    private static final String PASSWORD_MARKER = ".kg-initial-password-set";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        int port = Integer.parseInt(option(opts, "port", "NEO4J_LOCAL_PORT", "7687"));
        String password = option(opts, "password", "NEO4J_PASSWORD", "kg-local-password");
        Path home = Path.of(option(opts, "home", "NEO4J_LOCAL_DIR", ".neo4j")).toAbsolutePath().normalize();
        Path dataDir = Path.of(option(opts, "data-dir", "NEO4J_LOCAL_DATA", home.resolve("data").toString()))
                .toAbsolutePath().normalize();
        Path logsDir = Path.of(option(opts, "logs-dir", "NEO4J_LOCAL_LOGS", home.resolve("logs").toString()))
                .toAbsolutePath().normalize();

        long pagecache = ByteUnit.parse(option(opts, "pagecache", "NEO4J_LOCAL_PAGECACHE", "384m"));
        if (password.length() < 8) {
            fail("the neo4j password must have at least 8 characters (got " + password.length() + ")");
        }
        if (port < 1 || port > 65535) {
            fail("invalid Bolt port " + port);
        }
        Files.createDirectories(dataDir);
        Files.createDirectories(logsDir);
        boolean passwordAlreadySet = Files.exists(dataDir.resolve(PASSWORD_MARKER));

        long t0 = System.nanoTime();
        DatabaseManagementService managementService = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(GraphDatabaseSettings.data_directory, dataDir)
                .setConfig(GraphDatabaseSettings.logs_directory, logsDir)
                // Bolt on loopback only; no HTTP(S).
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Small footprint: a 2-core box shared with Node and the test runner.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false) // dbms.usage_report.enabled
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                // Netty's graceful shutdown otherwise idles 5 s per event loop group (~10 s per stop).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_LAUNCHER_STOPPING shutting down the DBMS");
            System.out.flush();
            try {
                managementService.shutdown();
            } catch (Throwable e) {
                e.printStackTrace();
            }
            System.out.println("NEO4J_LAUNCHER_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService system = managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (!passwordAlreadySet) {
            setInitialPassword(system, password);
            Files.writeString(dataDir.resolve(PASSWORD_MARKER), "initial password set by neo4j/Launcher.java\n");
        }
        String version = neo4jVersion(system);
        // Make sure the default database is up before announcing readiness.
        GraphDatabaseService neo4j = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!neo4j.isAvailable(Duration.ofSeconds(120).toMillis())) {
            fail("database 'neo4j' did not become available");
        }

        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("NEO4J_LAUNCHER_READY version=" + version + " bolt=bolt://127.0.0.1:" + port
                + " data=" + dataDir + " pid=" + ProcessHandle.current().pid() + " startup_ms=" + ms);
        System.out.flush();

        stopped.await(); // runs until SIGTERM/SIGINT triggers the shutdown hook
    }

    private static void setInitialPassword(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password)).close();
            tx.commit();
            System.out.println("NEO4J_LAUNCHER initial password set for user neo4j");
        } catch (RuntimeException e) {
            // e.g. the same password was already set by an earlier, interrupted start
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Old password and new password cannot be the same")) {
                System.out.println("NEO4J_LAUNCHER password for user neo4j already set");
            } else {
                throw e;
            }
        }
    }

    private static String neo4jVersion(GraphDatabaseService system) {
        try (Transaction tx = system.beginTx();
                Result r = tx.execute("CALL dbms.components() YIELD name, versions RETURN versions[0] AS v")) {
            return r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown";
        }
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                fail("unexpected argument: " + a);
            }
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                fail("missing value for " + a);
                return out;
            }
            out.put(key, value);
        }
        return out;
    }

    private static String option(Map<String, String> opts, String name, String env, String dflt) {
        String v = opts.get(name);
        if (v == null || v.isEmpty()) {
            v = System.getenv(env);
        }
        return v == null || v.isEmpty() ? dflt : v;
    }

    private static void fail(String message) {
        System.err.println("NEO4J_LAUNCHER_ERROR " + message);
        System.exit(2);
    }
}
