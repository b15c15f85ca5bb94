package app.hallway.announce;

import java.util.List;

/**
 * One thing wrong with a macro's parameters, as an i18n key and its arguments, so the editor reads
 * it in their own language: e.g. {@code ("priority", "hallway.macro.error.choice", ["urgnt", "info, important, urgent"])}.
 */
public record ParameterProblem(String parameter, String messageKey, List<Object> arguments) {
    public ParameterProblem {
        arguments = List.copyOf(arguments);
    }
}
