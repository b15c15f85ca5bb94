package com.atlassian.util.profiling;

/**
 * Binary stand-in for atlassian-profiling's {@code Ticker}, which the Active Objects library calls on every
 * operation. Confluence has the real one; outside it, timing is simply not recorded.
 */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
