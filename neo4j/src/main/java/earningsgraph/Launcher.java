package earningsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.api.impl.index.LuceneSettings;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community in-process for earnings-graph, with Bolt on 127.0.0.1 only.
 *
 * <p>Usage: {@code Launcher --home DIR --port N [--pagecache SIZE] [--watch-stdin]}. SIZE is a
 * number of bytes with an optional k/m/g suffix. Port 0 binds a free port.
 *
 * <p>Contract with the TypeScript side (src/db/embedded-launch.ts): stdout carries one JSON object
 * per line and nothing else. Exactly one of these is printed while starting:
 * {@code {"event":"ready","bolt":"bolt://127.0.0.1:PORT","port":PORT,...}} or
 * {@code {"event":"error","code":"PORT_IN_USE"|"STORE_LOCKED"|"BAD_ARGUMENTS"|"STARTUP_FAILED",
 * "message":"..."}} followed by exit status 3 (2 for bad arguments). Neo4j's own logs go to
 * HOME/logs. SIGTERM, SIGINT and (with --watch-stdin) end of standard input shut the database
 * down cleanly and print {@code {"event":"stopped"}}.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("BAD_ARGUMENTS", e.getMessage(), 2);
            return;
        }

        Failure early = precheck(options);
        if (early != null) {
            fail(early.code, early.message, 3);
            return;
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(options.home);
            dbms = new DatabaseManagementServiceBuilder(options.home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Bolt listens on loopback only, so anyone who can reach it already runs code
                    // on this machine as a local user; the README says so.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                    // A development database: no 256 MiB preallocated transaction-log files and no
                    // two days of old logs piling up across repeated ingests.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
                    // Netty's defaults wait two 5-second quiet periods on shutdown even with no
                    // client connected; a stop should not take ten seconds.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(2))
                    // Neo4j merges full-text (Lucene) segments two at a time, so in a bulk load every
                    // turn's text is rewritten once per doubling of the index; Lucene's own default of
                    // ten rewrites it a third as often, for a few more segments per search.
                    .setConfig(LuceneSettings.lucene_merge_factor, 10)
                    .build();
        } catch (Throwable t) {
            Failure failure = classify(t, options);
            fail(failure.code, failure.message, 3);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean(false);
        Thread hook = new Thread(() -> {
            if (stopping.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                    emit(event("stopped"));
                } finally {
                    stopped.countDown();
                }
            }
        }, "earnings-graph-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        int port;
        try {
            port = boltPort(dbms);
        } catch (RuntimeException e) {
            fail("STARTUP_FAILED", "Bolt connector did not report its port: " + e.getMessage(), 3);
            return;
        }

        Map<String, Object> ready = event("ready");
        ready.put("bolt", "bolt://" + HOST + ":" + port);
        ready.put("port", port);
        ready.put("pid", ProcessHandle.current().pid());
        ready.put("home", options.home.toString());
        ready.put("neo4jVersion", Version.getNeo4jVersion());
        ready.put("startupMillis", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        emit(ready);

        if (options.watchStdin) {
            Thread watcher = new Thread(Launcher::exitWhenStdinCloses, "earnings-graph-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The parent holds our stdin open; when it goes away (even killed) the pipe reaches EOF. */
    private static void exitWhenStdinCloses() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as EOF.
        }
        System.exit(0);
    }

    private static int boltPort(DatabaseManagementService dbms) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        ConnectorPortRegister ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
        if (address == null) {
            throw new IllegalStateException("no Bolt address registered");
        }
        return address.getPort();
    }

    private record Failure(String code, String message) {}

    /**
     * Neo4j finds a held store lock or a taken port only after seconds of starting up; probing
     * both first makes the common mistakes fail at once. Neo4j's own checks still cover the race.
     */
    private static Failure precheck(Options options) {
        Path storeLock = options.home.resolve("data").resolve("databases").resolve("store_lock");
        if (Files.exists(storeLock)) {
            try (FileChannel channel = FileChannel.open(storeLock, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return storeLocked(options, "Lock file has been locked by another process: " + storeLock);
                }
                lock.release();
            } catch (OverlappingFileLockException e) {
                return storeLocked(options, "Lock file is locked by this process: " + storeLock);
            } catch (IOException e) {
                // Unreadable or read-only: Neo4j reports that better than a probe can.
            }
        }
        if (options.port != 0) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(HOST, options.port));
            } catch (IOException e) {
                return portInUse(options, e.getMessage());
            }
        }
        return null;
    }

    private static Failure storeLocked(Options options, String detail) {
        return new Failure("STORE_LOCKED", "The data directory " + options.home
                + " is in use by another Neo4j instance (its store lock is held). Stop that"
                + " instance or choose another data directory. Neo4j said: " + detail);
    }

    private static Failure portInUse(Options options, String detail) {
        return new Failure("PORT_IN_USE", "Bolt port " + HOST + ":" + options.port
                + " is already in use. Stop whatever listens there or choose another port"
                + " (0 picks a free one). Detail: " + detail);
    }

    private static Failure classify(Throwable error, Options options) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.neo4j.io.locker.FileLockException
                    || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
                return storeLocked(options, t.getMessage());
            }
            if (t instanceof PortBindException || t instanceof BindException) {
                return portInUse(options, t.getMessage());
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root == error ? String.valueOf(error) : error + " (root cause: " + root + ")";
        return new Failure("STARTUP_FAILED", "Neo4j failed to start in " + options.home + ": " + detail
                + ". See " + options.home.resolve("logs").resolve("debug.log") + ".");
    }

    private static void fail(String code, String message, int status) {
        Map<String, Object> error = event("error");
        error.put("code", code);
        error.put("message", message);
        emit(error);
        System.err.println("earnings-graph neo4j: " + message);
        // Whatever Neo4j started before failing may hold non-daemon threads; halt skips hooks
        // that could wait on them.
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }

    private static Map<String, Object> event(String name) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("event", name);
        return map;
    }

    private static synchronized void emit(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(field.getKey())).append(':');
            Object value = field.getValue();
            out.append(value instanceof Number ? value.toString() : quote(String.valueOf(value)));
        }
        System.out.println(out.append('}'));
        System.out.flush();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private record Options(Path home, int port, long pageCacheBytes, boolean watchStdin) {
        static Options parse(String[] args) {
            Path home = null;
            int port = -1;
            long pageCache = 256L << 20;
            boolean watchStdin = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--home" -> home = Path.of(value(args, ++i, "--home")).toAbsolutePath().normalize();
                    case "--port" -> port = parsePort(value(args, ++i, "--port"));
                    case "--pagecache" -> pageCache = parseBytes(value(args, ++i, "--pagecache"));
                    case "--watch-stdin" -> watchStdin = true;
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            if (home == null || port < 0) {
                throw new IllegalArgumentException("--home DIR and --port N are required");
            }
            return new Options(home, port, pageCache, watchStdin);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static int parsePort(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--port must be an integer from 0 to 65535, got '" + text + "'");
        }

        private static long parseBytes(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            long unit = 1;
            if (t.endsWith("k")) {
                unit = 1L << 10;
            } else if (t.endsWith("m")) {
                unit = 1L << 20;
            } else if (t.endsWith("g")) {
                unit = 1L << 30;
            }
            String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
            try {
                long n = Long.parseLong(digits);
                if (n > 0) {
                    return n * unit;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--pagecache must be a size like 256m or 1g, got '" + text + "'");
        }
    }
}
