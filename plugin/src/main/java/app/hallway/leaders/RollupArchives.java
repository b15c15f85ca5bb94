package app.hallway.leaders;

import java.time.LocalDate;
import java.util.function.DoubleConsumer;

/**
 * The interaction log's closed months, kept once more in a compact form that {@link InteractionHistory} reads
 * many times faster than their rows; the rows stay the record. A month (UTC) is closed from the second day after
 * it ended: rollups are dated with the day their interactions happened, so no node writes into a closed month,
 * and the two days cover clocks that disagree between nodes. Reading visits the same rollups with or without
 * archives; an archive that no longer matches its month's rows (rows deleted since) is passed over until it is
 * made again.
 */
public interface RollupArchives {
    /** No archives: every month is read from its rows. */
    RollupArchives NONE = new RollupArchives() {
        @Override
        public int compactClosedMonths(LocalDate today, DoubleConsumer progress) {
            return 0;
        }

        @Override
        public void forgetMonthsBefore(LocalDate firstKeptDay) {
        }
    };

    /**
     * Archives every month closed on {@code today} that has rollups and no up-to-date archive, one month per
     * transaction, and deletes the archives of months that no longer have rows. The first call on a large log
     * archives its whole history (minutes); after that, it archives the month that closed since, if any.
     *
     * @param progress told the fraction (0..1) of the months to archive that are done
     * @return how many months were archived
     */
    int compactClosedMonths(LocalDate today, DoubleConsumer progress);

    /**
     * Deletes the archives of every month that has a day before {@code firstKeptDay}: for the retention
     * cleanup, after it deleted the rollups dated before that day. A month it cuts in two is archived again,
     * from the rows it kept, by the next {@link #compactClosedMonths}.
     */
    void forgetMonthsBefore(LocalDate firstKeptDay);
}
