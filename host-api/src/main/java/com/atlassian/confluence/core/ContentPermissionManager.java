package com.atlassian.confluence.core;

import com.atlassian.confluence.security.ContentPermissionSet;
import java.util.List;

/**
 * Mirror of Confluence's {@code ContentPermissionManager}, the two members Hallway calls to tell whether a page
 * is restricted (signatures from 8.7.2, where Confluence's own code tests exactly this: "has view restrictions
 * of its own, or inherits some"). Confluence 10's form is unconfirmed (PLATFORM.md); the interface has been
 * stable since 5.x.
 */
public interface ContentPermissionManager {
    /** The restrictions of {@code type} ({@code "View"} or {@code "Edit"}) set on this content itself. */
    List<ContentPermissionSet> getContentPermissionSets(ContentEntityObject content, String type);

    /** The view restrictions this content inherits from its ancestors. */
    List<ContentPermissionSet> getInheritedContentPermissionSets(ContentEntityObject content);
}
