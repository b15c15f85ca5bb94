package com.atlassian.sal.api;

/** Mirror of SAL's {@code UrlMode}: which form of the base URL {@link ApplicationProperties} gives. */
public enum UrlMode {
    /** The context path only ("" or "/confluence"), for links inside pages. */
    RELATIVE,
    RELATIVE_CANONICAL,
    ABSOLUTE,
    /** The configured base URL ("https://confluence.example.com/confluence"), for e-mail. */
    CANONICAL,
    AUTO
}
