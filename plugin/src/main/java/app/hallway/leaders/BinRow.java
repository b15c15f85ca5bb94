package app.hallway.leaders;

/**
 * One bar of the score distribution: how many people score between {@code from} and {@code to} times the
 * average ({@code to} null for the last, open bin). {@code people} is null and {@code suppressed} true when
 * one to four people fall in it.
 */
public record BinRow(double from, Double to, boolean suppressed, Integer people) {
}
