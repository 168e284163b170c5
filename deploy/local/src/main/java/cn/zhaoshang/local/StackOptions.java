package cn.zhaoshang.local;

import java.nio.file.Path;

/**
 * Command-line options of the local stack.
 *
 * @param root       the repository root (where the services' built apps are)
 * @param dataDir    PostgreSQL and Kafka data, logs, dev keys; kept between runs
 * @param fresh      wipe the data directory first
 * @param portOffset added to every default port, to run a second stack beside the first (tests do)
 * @param demo       load demo data on the first run
 * @param replicas   instances of each service, all on the same database and broker; replica r (from 0)
 *                   listens on the service's port + 100 r
 * @param faultControl serve {@link FaultControl} on port 8099, for the fault tests
 * @param keycloak   run Keycloak (port 8180) with the realm Compose uses and the web console (port 8088) logging in
 *                   there, and have the services trust Keycloak instead of the dev token issuer; the default, which
 *                   {@code --api-only} turns off for a faster stack of the services alone
 * @param devOrigin  a web app in development (e.g. http://localhost:5173) allowed to call the APIs from a browser;
 *                   null for none
 */
record StackOptions(Path root, Path dataDir, boolean fresh, int portOffset, boolean demo, int replicas, boolean faultControl,
                    boolean keycloak, String devOrigin) {

    static final int MAX_REPLICAS = 3;
    /** Every default port is below 10,000 and replicas are 100 apart: no shifted port passes 65535. */
    static final int MAX_PORT_OFFSET = 65535 - 9999 - 100 * (MAX_REPLICAS - 1);

    static StackOptions parse(String[] args) {
        Path root = Path.of(System.getProperty("user.dir"));
        Path dataDir = null;
        boolean fresh = false;
        boolean demo = true;
        int offset = 0;
        int replicas = 1;
        boolean faultControl = false;
        boolean keycloak = true;
        String devOrigin = System.getenv("DEV_ORIGIN");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--no-demo" -> demo = false;
                case "--fault-control" -> faultControl = true;
                case "--keycloak" -> keycloak = true;
                case "--api-only" -> keycloak = false;
                case "--dev-origin" -> devOrigin = value(args, ++i, "--dev-origin");
                case "--root" -> root = Path.of(value(args, ++i, "--root"));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--port-offset" -> offset = Integer.parseInt(value(args, ++i, "--port-offset"));
                case "--replicas" -> replicas = Integer.parseInt(value(args, ++i, "--replicas"));
                case "-h", "--help" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + usage());
            }
        }
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("--replicas is 1 to " + MAX_REPLICAS + "\n" + usage());
        }
        if (offset < 0 || offset > MAX_PORT_OFFSET) {
            throw new IllegalArgumentException("--port-offset is 0 to " + MAX_PORT_OFFSET + "\n" + usage());
        }
        Path data = dataDir == null ? root.resolve("deploy/local/data") : dataDir;
        if (devOrigin != null && !devOrigin.matches("https?://[^/\\s]+")) {
            throw new IllegalArgumentException("--dev-origin is an origin like http://localhost:5173, not " + devOrigin + "\n" + usage());
        }
        return new StackOptions(root.toAbsolutePath().normalize(), data.toAbsolutePath().normalize(), fresh, offset, demo, replicas,
                faultControl, keycloak, devOrigin);
    }

    int port(int defaultPort) {
        return defaultPort + portOffset;
    }

    /**
     * The highest port this stack listens on: the last replica's management port or Kafka's controller. Ports from the
     * kernel's ephemeral range (32768 and up on Linux) can be held at any moment by some outgoing connection's local
     * end, so a stack whose ports reach it fails now and then with "port taken".
     */
    int highestPort() {
        return Math.max(LocalStack.managementPort(port(8083, replicas - 1)), port(9092) + 1);
    }

    /** The port of a service's replica r (from 0). */
    int port(int defaultPort, int replica) {
        return port(defaultPort) + 100 * replica;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }

    static String usage() {
        return """
                usage: deploy/run [--api-only] [--fresh] [--no-demo] [--data-dir DIR] [--port-offset N] [--replicas N]
                                  [--dev-origin URL] [--fault-control]
                  --api-only       leave out Keycloak and the web console (faster start): the services trust the
                                   dev token issuer on 8090 instead; by default Keycloak runs on 8180 (realm
                                   zhaoshang, demo users' password "demo") and the console on http://localhost:8088
                  --dev-origin URL a web app in development allowed to call the APIs from a browser (CORS),
                                   e.g. http://localhost:5173; also DEV_ORIGIN
                  --fresh          wipe the stack's data (PostgreSQL, Kafka, keys, logs) and start empty
                  --no-demo        do not load the demo data on a first run
                  --data-dir DIR   where data and logs live (default deploy/local/data)
                  --port-offset N  add N to every port (5432, 9092, 8081-8083, 8088, 8090, 8180)
                  --replicas N     run N (1-3) instances of each service on one database and broker;
                                   the second listens on 8181-8183, the third on 8281-8283
                  --fault-control  for the fault tests: POST /faults/{part}/{action} on 8099 stops and
                                   starts PostgreSQL and Kafka and kills and restarts services""";
    }
}
