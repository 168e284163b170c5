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
 */
record StackOptions(Path root, Path dataDir, boolean fresh, int portOffset, boolean demo) {

    static StackOptions parse(String[] args) {
        Path root = Path.of(System.getProperty("user.dir"));
        Path dataDir = null;
        boolean fresh = false;
        boolean demo = true;
        int offset = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--no-demo" -> demo = false;
                case "--root" -> root = Path.of(value(args, ++i, "--root"));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--port-offset" -> offset = Integer.parseInt(value(args, ++i, "--port-offset"));
                case "-h", "--help" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + usage());
            }
        }
        Path data = dataDir == null ? root.resolve("deploy/local/data") : dataDir;
        return new StackOptions(root.toAbsolutePath().normalize(), data.toAbsolutePath().normalize(), fresh, offset, demo);
    }

    int port(int defaultPort) {
        return defaultPort + portOffset;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[i];
    }

    static String usage() {
        return """
                usage: deploy/run [--fresh] [--no-demo] [--data-dir DIR] [--port-offset N]
                  --fresh          wipe the stack's data (PostgreSQL, Kafka, keys, logs) and start empty
                  --no-demo        do not load the demo data on a first run
                  --data-dir DIR   where data and logs live (default deploy/local/data)
                  --port-offset N  add N to every port (5432, 9092, 8081-8083, 8090)""";
    }
}
