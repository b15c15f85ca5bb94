package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Notification;
import org.junit.jupiter.api.Test;

class AnswerFeedbackTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final AnswerFeedback answer = world.feedback.answerFeedback();

    private long item(String who, boolean anonymous) {
        long id = world.feedback.giveFeedback().give(world.person(who), "42", "More plants", anonymous).getId();
        world.interactions.clear();
        return id;
    }

    @Test
    void hrSetsAStatusAndAResponseEveryoneSees() {
        long id = item("eli", false);

        answer.answer(world.person("hana"), id, "planned", "Ordered for March: https://intranet/plants");

        FeedbackCard seen = world.feedback.listFeedback().list(world.person("sam"), "42", null, null, null).getItems().get(0);
        assertEquals("planned", seen.getStatus());
        assertEquals("Planned", seen.getStatusLabel());
        assertEquals("Ordered for March: https://intranet/plants", seen.getResponse());
        assertEquals("https://intranet/plants", seen.getResponseParts().get(1).getHref());
        assertEquals("Hana", seen.getResponderName());
        assertTrue(seen.isAnswered());
    }

    @Test
    void onlyHrAndAdministratorsAnswer() {
        long id = item("eli", false);

        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> answer.answer(world.person("sam"), id, "done", "x")).kind());
        assertEquals("done", answer.answer(world.person("admin"), id, "done", null).getStatus());
    }

    @Test
    void anUnknownStatusOrOversizedResponseIsABadRequestNamingTheField() {
        long id = item("eli", false);

        assertEquals("status", assertThrows(HallwayException.class, () -> answer.answer(world.person("hana"), id, "maybe", "x")).field());
        assertEquals("status", assertThrows(HallwayException.class, () -> answer.answer(world.person("hana"), id, null, "x")).field());
        assertEquals("response", assertThrows(HallwayException.class,
                () -> answer.answer(world.person("hana"), id, "done", "y".repeat(2001))).field());
    }

    @Test
    void theNamedAuthorIsToldInTheirLanguage() {
        long id = world.feedback.giveFeedback().give(world.person("ana"), "42", "Más plantas", false).getId();

        answer.answer(world.person("hana"), id, "under-review", "Lo miramos");

        Notification sent = world.notifications.get(0);
        assertEquals("ana", sent.recipientKey());
        assertEquals("RR. HH. ha respondido a tu opinión sobre «Holidays»", sent.subject());
        assertTrue(sent.text().contains("En estudio") && sent.text().contains("Lo miramos"), sent.text());
        assertTrue(sent.link().endsWith("pageId=42#hallway-feedback-" + id), sent.link());
    }

    @Test
    void repeatingTheSameAnswerTellsNobodyAgain() {
        long id = item("eli", false);

        answer.answer(world.person("hana"), id, "planned", "Soon");
        answer.answer(world.person("hana"), id, "planned", "Soon");

        assertEquals(1, world.notifications.size());
        assertEquals(1, world.interactions.size());
        assertEquals(InteractionType.ANSWER, world.interactions.get(0).type());
        assertEquals("hana", world.interactions.get(0).actorKey());
        assertEquals("eli", world.interactions.get(0).targetKey());
    }

    @Test
    void anonymousAuthorsAreNeitherNotifiedNorLogged() {
        long id = item("eli", true);

        answer.answer(world.person("hana"), id, "done", "Fixed");

        assertTrue(world.notifications.isEmpty());
        assertTrue(world.interactions.isEmpty());
    }

    @Test
    void hrMustSeeThePageToAnswerOnIt() {
        long id = item("eli", false);
        world.hide(42, "hana");

        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> answer.answer(world.person("hana"), id, "done", "x")).kind());
    }
}
