package app.hallway.sandbox;

/** {@code java -jar hallway-sandbox.jar}: starts one sandbox node and serves until stopped. */
public final class Sandbox {
    private Sandbox() {
    }

    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SandboxNode node = SandboxNode.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "sandbox-shutdown"));
        System.out.println("Hallway sandbox " + options.nodeName() + " serving " + node.baseUri()
                + " (database " + options.effectiveJdbcUrl() + ")");
        node.join();
    }
}
