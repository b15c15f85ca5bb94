package app.hallway.feedback;

import java.util.List;

/** One thing wrong with a macro's parameters, as an i18n key and its arguments, read in the editor's language. */
public record MacroProblem(String parameter, String messageKey, List<Object> arguments) {
    public MacroProblem {
        arguments = List.copyOf(arguments);
    }
}
