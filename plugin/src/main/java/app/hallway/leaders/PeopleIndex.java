package app.hallway.leaders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the people met while reading the log densely from 0, so that everything after works on primitive
 * arrays. Objectors are never numbered: {@link #indexOf} answers -1 for them, and their interactions are
 * dropped on the spot, in both directions.
 */
final class PeopleIndex {
    static final int EXCLUDED = -1;

    private final Set<String> objectors;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> keys = new ArrayList<>();

    PeopleIndex(Set<String> objectors) {
        this.objectors = Set.copyOf(objectors);
    }

    /** The person's number, assigned on first sight, or {@link #EXCLUDED} for an objector. */
    int indexOf(String userKey) {
        Integer index = indexes.get(userKey);
        if (index == null) {
            index = objectors.contains(userKey) ? EXCLUDED : keys.size();
            if (index != EXCLUDED) {
                keys.add(userKey);
            }
            indexes.put(userKey, index);
        }
        return index;
    }

    /** The person's number if they have one, else {@link #EXCLUDED}; never assigns one. */
    int find(String userKey) {
        Integer index = indexes.get(userKey);
        return index == null ? EXCLUDED : index;
    }

    int size() {
        return keys.size();
    }

    String key(int index) {
        return keys.get(index);
    }
}
