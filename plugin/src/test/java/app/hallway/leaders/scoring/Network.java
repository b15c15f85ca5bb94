package app.hallway.leaders.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published undirected network from {@code src/test/resources/leaders/}: a {@code # N= E= directed=0}
 * header, then one {@code u v} tie a line, nodes numbered from 0.
 */
record Network(String name, int nodeCount, List<int[]> ties) {

    static Network karate() {
        return load("karate");
    }

    static Network lesMiserables() {
        return load("lesmis");
    }

    static Network dolphins() {
        return load("dolphins");
    }

    static Network load(String name) {
        String resource = "/leaders/" + name + ".txt";
        try (InputStream in = Objects.requireNonNull(Network.class.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int nodeCount = headerValue(reader.readLine(), "N");
            List<int[]> ties = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] ends = line.trim().split("\\s+");
                    ties.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
                }
            }
            return new Network(name, nodeCount, List.copyOf(ties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int headerValue(String header, String key) {
        for (String field : header.substring(1).trim().split("\\s+")) {
            if (field.startsWith(key + "=")) {
                return Integer.parseInt(field.substring(key.length() + 1));
            }
        }
        throw new IllegalArgumentException("no " + key + " in header " + header);
    }

    /** Every tie as two directed edges of weight 1. */
    WeightedDigraph bothWays() {
        WeightedDigraphBuilder builder = new WeightedDigraphBuilder(nodeCount);
        for (int[] tie : ties) {
            builder.addEdge(tie[0], tie[1], 1).addEdge(tie[1], tie[0], 1);
        }
        return builder.build();
    }

    /** Undirected degree of every node. */
    int[] degrees() {
        int[] degrees = new int[nodeCount];
        for (int[] tie : ties) {
            degrees[tie[0]]++;
            degrees[tie[1]]++;
        }
        return degrees;
    }
}
