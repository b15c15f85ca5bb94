package app.hallway.leaders;

/** The part of a person's score one kind of interaction brought in (shares and the baseline add up to 1). */
public record KindShare(String kind, double share) {
}
