package app.hallway.sandbox.host;

import app.hallway.sandbox.content.Spaces;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;

/** Confluence's {@code SpaceManager} over the sandbox's spaces (every key is a space; see {@link Spaces}). */
public final class SandboxSpaceManager implements SpaceManager {
    private final Spaces spaces;

    public SandboxSpaceManager(Spaces spaces) {
        this.spaces = spaces;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaceKey == null || spaceKey.isBlank() ? null : spaces.space(spaceKey);
    }
}
