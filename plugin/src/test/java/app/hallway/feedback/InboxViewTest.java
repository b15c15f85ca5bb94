package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InboxViewTest {
    private static InboxView view(String status, String space, String age, String nextCursor) {
        return new InboxView(new FeedbackList(List.of(), -1, nextCursor), List.of(), List.of(), status, space, age);
    }

    @Test
    void theCsvLinkCarriesTheFiltersInUseEncoded() {
        assertEquals("format=csv", view(null, "", null, null).getCsvQuery());
        assertEquals("format=csv&status=under-review&space=%7Eana&age=week", view("under-review", "~ana", "week", null).getCsvQuery());
    }

    @Test
    void theNextPageKeepsTheFiltersAndAddsTheCursor() {
        assertEquals("", view("open", null, null, null).getNextQuery());
        assertEquals("status=open&cursor=MTIzLjQ1", view("open", null, null, "MTIzLjQ1").getNextQuery());
    }
}
