package app.hallway.sandbox.host;

import com.atlassian.user.Group;

/** A group of the sandbox directory. */
public record SandboxGroup(String getName) implements Group {
}
