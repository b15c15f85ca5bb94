package com.atlassian.sal.api.transaction;

/** Mirror of SAL's {@code TransactionCallback}. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
