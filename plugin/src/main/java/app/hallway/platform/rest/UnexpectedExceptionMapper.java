package app.hallway.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line: malformed JSON and unknown paths keep their 4xx status, anything else is logged and
 * answered with a plain 500 in the contract's shape. A stack trace never reaches the client.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return json(status, new ApiError(status == 404 ? "not-found" : "invalid", reason(status), null));
        }
        if (e.getClass().getName().startsWith("com.fasterxml.jackson")) {
            return json(400, new ApiError("invalid", "The request body is not valid JSON for this call.", null));
        }
        LOG.error("Hallway REST call failed", e);
        return json(500, new ApiError("internal", "Something went wrong on the server; it has been logged.", null));
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Request refused." : known.getReasonPhrase();
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
