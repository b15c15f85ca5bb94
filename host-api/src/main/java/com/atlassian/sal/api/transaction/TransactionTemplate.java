package com.atlassian.sal.api.transaction;

/** Mirror of SAL's {@code TransactionTemplate}. */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
