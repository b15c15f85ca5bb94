package app.hallway.platform.rest;

import app.hallway.platform.HallwayException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a {@link HallwayException} into its status and JSON error body. */
@Provider
public final class HallwayExceptionMapper implements ExceptionMapper<HallwayException> {
    @Override
    public Response toResponse(HallwayException e) {
        return Response.status(e.kind().status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(e.kind().code(), e.getMessage(), e.field()))
                .build();
    }
}
