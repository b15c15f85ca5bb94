package app.hallway.sandbox.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** {@link FeedbackHttp} for code outside this package (the benchmarks): pages, reactions, feedback, users. */
public final class FeedbackHttpAccess {
    private final FeedbackHttp http;

    public FeedbackHttpAccess(URI base) {
        this.http = new FeedbackHttp(base);
    }

    public long page(String user, String space, String title, String storage) {
        return http.page(user, space, title, storage);
    }

    public JsonNode users() {
        return http.get("/rest/sandbox/users", null).json();
    }

    public void react(String user, String contentId, String reaction) {
        FeedbackHttp.Answer answer = http.send("PUT", FeedbackHttp.REST + "/reactions/" + FeedbackHttp.enc(contentId) + "/"
                + FeedbackHttp.enc(reaction), user, null);
        check(answer);
    }

    public void feedback(String user, long page, String text, boolean anonymous) {
        check(http.send("POST", FeedbackHttp.REST + "/feedback/" + page, user,
                FeedbackHttp.json("{\"text\":%s,\"anonymous\":%s}", text, anonymous)));
    }

    private static void check(FeedbackHttp.Answer answer) {
        if (answer.status() >= 300) {
            throw new IllegalStateException("Request failed: " + answer);
        }
    }
}
