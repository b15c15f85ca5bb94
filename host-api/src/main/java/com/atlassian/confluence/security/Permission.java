package com.atlassian.confluence.security;

/** Mirror of Confluence 10.2's {@code Permission}. */
public abstract class Permission {
    public static final Permission VIEW = new Named("VIEW");
    public static final Permission EDIT = new Named("EDIT");
    public static final Permission SET_PERMISSIONS = new Named("SET_PERMISSIONS");
    public static final Permission REMOVE = new Named("REMOVE");
    public static final Permission EXPORT = new Named("EXPORT");
    public static final Permission ADMINISTER = new Named("ADMINISTER");

    private static final class Named extends Permission {
        private final String name;

        private Named(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
