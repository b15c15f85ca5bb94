package app.hallway.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON at all: 400 in the contract's shape. Needed besides
 * {@link UnexpectedExceptionMapper} because a JSON provider may bring its own mapper for exactly this
 * exception (Jersey's does), and the most specific mapper wins.
 */
/* Ahead of any JSON provider's own mapper for the same exception (JAX-RS picks the lower priority value). */
@Priority(1)
@Provider
public final class MalformedJsonMapper implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError("invalid", "The request body is not valid JSON.", null)).build();
    }
}
