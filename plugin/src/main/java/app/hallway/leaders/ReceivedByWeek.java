package app.hallway.leaders;

import java.util.Arrays;

/**
 * How many interactions each person received in each week of the period: what the burst flag looks at.
 * {@code 4 · weeks} bytes per person (about 300 bytes over 18 months), grown as people are numbered.
 */
final class ReceivedByWeek {
    private final int weeks;
    private int[] counts;

    ReceivedByWeek(Period period, int expectedPeople) {
        this.weeks = (period.days() + 6) / 7;
        this.counts = new int[Math.max(1, expectedPeople) * weeks];
    }

    void add(int person, int dayOfPeriod, int count) {
        int slot = person * weeks + dayOfPeriod / 7;
        if (slot >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(slot + weeks, counts.length * 2));
        }
        counts[slot] += count;
    }

    int weeks() {
        return weeks;
    }

    int total(int person) {
        int total = 0;
        for (int week = 0; week < weeks; week++) {
            total += count(person, week);
        }
        return total;
    }

    int busiestWeek(int person) {
        int most = 0;
        for (int week = 0; week < weeks; week++) {
            most = Math.max(most, count(person, week));
        }
        return most;
    }

    private int count(int person, int week) {
        int slot = person * weeks + week;
        return slot < counts.length ? counts[slot] : 0;
    }
}
