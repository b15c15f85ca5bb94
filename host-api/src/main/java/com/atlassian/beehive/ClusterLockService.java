package com.atlassian.beehive;

/** Mirror of beehive's {@code ClusterLockService}: locks held across every node of a cluster. */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
