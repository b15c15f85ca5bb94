package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ItemKeyTest {
    @Test
    void readsTheThreeKindsOfContentId() {
        assertEquals(ItemKey.content(123), ItemKey.parse("123").orElseThrow());
        assertEquals(new ItemKey(ItemKey.Kind.ANNOUNCEMENT, 12), ItemKey.parse("announcement:12").orElseThrow());
        assertEquals(ItemKey.feedback(34), ItemKey.parse("feedback:34").orElseThrow());
        assertEquals("feedback:34", ItemKey.feedback(34).value());
    }

    @Test
    void anythingElseIsNoKey() {
        for (String bad : new String[] {null, "", "0", "-1", "12a", "poll:3", "feedback:", "feedback:x", "99999999999999999999"}) {
            assertTrue(ItemKey.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
