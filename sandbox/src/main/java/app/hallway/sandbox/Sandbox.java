package app.hallway.sandbox;

import app.hallway.sandbox.demo.DemoReport;
import java.io.IOException;

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
        if (options.demo()) {
            try {
                System.out.println("Demo: " + DemoReport.computeIfNone(node.baseUri()));
            } catch (IOException e) {
                System.out.println("Demo: could not start the opinion-leader report: " + e);
            }
        }
        node.join();
    }
}
