package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Mirror of beehive's {@code ClusterLock}. */
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();
}
