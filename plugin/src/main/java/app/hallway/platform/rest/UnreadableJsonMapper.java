package app.hallway.platform.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON that does not fit the call (a text where a true or false belongs): 400 naming the field, in the
 * contract's shape, rather than the JSON provider's own plain-text answer.
 */
/* Ahead of any JSON provider's own mapper for the same exception (JAX-RS picks the lower priority value). */
@Priority(1)
@Provider
public final class UnreadableJsonMapper implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError("invalid", "The request body is not valid JSON for this call.", field)).build();
    }
}
