package app.hallway.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;

/** SAL's {@code TransactionTemplate}: in Confluence it shares the AO transaction, so here it is one. */
public final class SandboxTransactionTemplate implements TransactionTemplate {
    private final ActiveObjects activeObjects;

    public SandboxTransactionTemplate(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return activeObjects.executeInTransaction(action);
    }
}
