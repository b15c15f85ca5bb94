package app.hallway.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every REST error: {@code {"error": code, "message": human text, "field": name}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String field) {
}
