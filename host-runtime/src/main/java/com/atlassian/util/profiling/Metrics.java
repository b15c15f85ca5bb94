package com.atlassian.util.profiling;

/**
 * Binary stand-in for atlassian-profiling's {@code Metrics}: the Active Objects library reports every
 * get/create/find/stream/count here. Outside Confluence nothing listens, so every call is a no-op.
 */
public final class Metrics {
    private static final Ticker NO_TICKER = () -> { };
    private static final Builder NO_METRIC = new Builder();

    private Metrics() {
    }

    public static Builder metric(String name) {
        return NO_METRIC;
    }

    /** Same binary shape as the real builder; records nothing. */
    public static final class Builder {
        private Builder() {
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Ticker startTimer() {
            return NO_TICKER;
        }
    }
}
