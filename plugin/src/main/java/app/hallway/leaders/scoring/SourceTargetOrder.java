package app.hallway.leaders.scoring;

/**
 * Orders a list of (source, target) pairs by source, then target, in {@code O(m + n)}: two stable
 * counting sorts (least significant key first), so that building a graph of millions of edges never
 * boxes or compares objects.
 */
final class SourceTargetOrder {

    private SourceTargetOrder() {
    }

    /**
     * Returns the permutation of {@code 0..size-1} that lists the pairs by ascending source, then
     * ascending target; pairs equal on both keep their insertion order.
     *
     * @param sources source of each pair, each in {@code [0, nodeCount)}
     * @param targets target of each pair, each in {@code [0, nodeCount)}
     * @param size number of pairs in use at the front of both arrays
     * @param nodeCount number of nodes
     */
    static int[] of(int[] sources, int[] targets, int size, int nodeCount) {
        int[] identity = new int[size];
        for (int i = 0; i < size; i++) {
            identity[i] = i;
        }
        int[] byTarget = countingSort(identity, targets, nodeCount);
        return countingSort(byTarget, sources, nodeCount);
    }

    private static int[] countingSort(int[] order, int[] key, int nodeCount) {
        int[] start = new int[nodeCount + 1];
        for (int index : order) {
            start[key[index] + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            start[v + 1] += start[v];
        }
        int[] sorted = new int[order.length];
        for (int index : order) {
            sorted[start[key[index]]++] = index;
        }
        return sorted;
    }
}
