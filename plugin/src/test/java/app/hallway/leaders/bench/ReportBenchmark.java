package app.hallway.leaders.bench;

import app.hallway.host.ao.AoDatabase;
import app.hallway.host.ao.JdbcActiveObjects;
import app.hallway.leaders.ComputeLeaderReport;
import app.hallway.leaders.ComputedReport;
import app.hallway.leaders.LeaderSettings;
import app.hallway.leaders.Period;
import app.hallway.leaders.PersonStanding;
import app.hallway.leaders.RunStage;
import app.hallway.leaders.ao.AoInteractionHistory;
import app.hallway.leaders.ao.AoObjections;
import app.hallway.leaders.ao.AoReportResults;
import app.hallway.leaders.ao.RollupArchiveEntity;
import app.hallway.leaders.scoring.Decay;
import app.hallway.testing.FixedTime;
import app.hallway.testing.InMemorySettings;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.java.ao.Query;

/**
 * The whole opinion-leader report from stored rollups, as the background job computes it: the synthetic company
 * of {@link SyntheticCompany} is written into a real Active Objects database (an H2 file, through the plugin's
 * own entities); the closed months are archived once ({@link AoInteractionHistory#compactClosedMonths}, timed on
 * its own); then each run archives what closed since (nothing, in steady state), {@link ComputeLeaderReport} reads
 * the log through {@link AoInteractionHistory}, scores, runs the 50-resample bootstrap, explains everyone, and
 * {@link AoReportResults} caches the result.
 * <pre>
 * MAVEN_OPTS=-Xmx1g mvn -q test-compile exec:java \
 *     -Dexec.mainClass=app.hallway.leaders.bench.ReportBenchmark -Dexec.classpathScope=test
 * </pre>
 * Arguments (all optional): {@code people=100000 events=5000000 seed=42 threads=2 retention=30
 * db=target/leaders-bench compact=false runs=2 resamples=50 archives=rebuild}: {@code archives=rebuild} deletes the
 * stored archives and times archiving every closed month from scratch, {@code archives=keep} starts from those stored;
 * the first run is cold (fresh JVM, database file in no cache),
 * the later ones warm, as on a server that has computed the report before. The database is loaded (and compacted) once and reused while its
 * parameters match: loading five million rows takes many minutes and is not what is measured.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ReportBenchmarkSettings settings = ReportBenchmarkSettings.parse(args);
        System.out.printf("Synthetic company: %,d people, %,d events, seed %d; %d bootstrap threads; heap max %,d MB%n",
                settings.people(), settings.events(), settings.seed(), settings.threads(), Runtime.getRuntime().maxMemory() >> 20);
        SyntheticCompany.Events events = SyntheticCompany.events(settings.people(), settings.events(), settings.seed());
        SyntheticDirectory directory = new SyntheticDirectory(events.departments(), events.departmentCount());
        if (!BenchmarkLog.isLoaded(settings) || settings.compact()) {
            try (AoDatabase database = open(settings)) {
                BenchmarkLog.load(database, new JdbcActiveObjects(database.entityManager()), settings, events, directory);
                long started = System.nanoTime();
                // A freshly loaded H2 file is mostly free space with the rows scattered through it; a database
                // that has lived for a while is compacted. Measure the latter.
                shutdown(database, "SHUTDOWN COMPACT");
                // Reopening after a compaction has been seen to find H2's file damaged; the run below then reloads.
                System.out.printf("Compacted the database in %.0f s%n", (System.nanoTime() - started) / 1e9);
            }
        }
        events = null;
        try (AoDatabase database = open(settings)) {
            ActiveObjects ao = new JdbcActiveObjects(database.entityManager());
            BenchmarkLog.describe(ao, settings);
            AoInteractionHistory history = new AoInteractionHistory(ao);
            if (settings.rebuildArchives()) {
                history.forgetMonthsBefore(SyntheticCompany.asOf().plusYears(1));
            }
            archiveClosedMonths(ao, history);
            for (int run = 1; run <= settings.runs(); run++) {
                System.out.printf("%nRun %d of %d%s%n", run, settings.runs(),
                        run == 1 ? " (the first report after archiving; fresh JIT for the scoring)" : "");
                run(ao, history, directory, settings, run);
            }
            if (settings.runs() > 0) {
                // The run after a month closed: that month has rows and no archive yet.
                YearMonth closed = YearMonth.from(SyntheticCompany.asOf().minusDays(2)).minusMonths(1);
                ao.deleteWithSQL(RollupArchiveEntity.class, "ARCHIVE_MONTH = ?", (closed.getYear() - 1970) * 12 + closed.getMonthValue() - 1);
                System.out.printf("%nRun %d: the first after %s closed (its archive deleted to make it so)%n", settings.runs() + 1, closed);
                run(ao, history, directory, settings, settings.runs() + 1);
            }
            shutdown(database, "SHUTDOWN");
        }
    }

    private static AoDatabase open(ReportBenchmarkSettings settings) {
        return AoDatabase.open("jdbc:h2:file:" + settings.db().toAbsolutePath() + "/log", "sa", "", "app.hallway");
    }

    /** Closes the H2 file properly, or the next run may find it damaged; H2 then refuses the pool's connections. */
    private static void shutdown(AoDatabase database, String command) {
        try (java.sql.Connection connection = database.dataSource().getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute(command);
        } catch (java.sql.SQLException closedByShutdown) {
            // SHUTDOWN closes every connection, including the one that asked for it.
        }
    }

    /** The one-off cost: every closed month that has no archive yet is read from its rows and archived. */
    private static void archiveClosedMonths(ActiveObjects ao, AoInteractionHistory history) {
        Stopwatch.usedHeapAfterGc();
        resetPeaks();
        double loadBefore = load();
        HeapWatch heap = HeapWatch.start();
        long started = System.nanoTime();
        int months = history.compactClosedMonths(SyntheticCompany.asOf(), fraction -> { });
        long finished = System.nanoTime();
        heap.stop();
        long characters = 0;
        RollupArchiveEntity[] pieces = ao.find(RollupArchiveEntity.class, Query.select("ID, ARCHIVE_MONTH, ROLLUPS"));
        long rollups = 0;
        java.util.Set<Integer> archivedMonths = new java.util.HashSet<>();
        for (RollupArchiveEntity piece : pieces) {
            long[] length = new long[1];
            ao.stream(RollupArchiveEntity.class, Query.select("ID, PAYLOAD").where("ID = ?", piece.getID()),
                    row -> length[0] = row.getPayload().length());
            characters += length[0];
            if (archivedMonths.add(piece.getArchiveMonth())) {
                rollups += piece.getRollups();
            }
        }
        System.out.printf("%nArchived %d closed months (as of %s) in %.1f s (load %.1f → %.1f); heap at most %,d MB in use, at most %,d MB live after a"
                        + " collection. Stored: %d months, %,d rollups, %d pieces, %,.1f MB of base64 (%.1f bytes per rollup)%n",
                months, SyntheticCompany.asOf(), (finished - started) / 1e9, loadBefore, load(), heap.maxUsed() >> 20, heap.maxLiveAfterCollection() >> 20,
                archivedMonths.size(), rollups, pieces.length, characters / 1e6, rollups == 0 ? 0 : characters * 0.75 / rollups);
    }

    private static void run(ActiveObjects ao, AoInteractionHistory history, SyntheticDirectory directory,
                            ReportBenchmarkSettings settings, int runId) {
        InMemorySettings configuration = new InMemorySettings();
        configuration.put(LeaderSettings.COUNT_VIEWS, "true");
        configuration.put(LeaderSettings.THREADS, String.valueOf(settings.threads()));
        configuration.put(LeaderSettings.RESAMPLES, String.valueOf(settings.resamples()));
        configuration.put(LeaderSettings.DEPARTMENT_GROUPS, IntStream.range(0, Math.max(1, settings.people() / 400))
                .mapToObj(SyntheticDirectory::group).collect(Collectors.joining(",")));
        Period period = new Period(SyntheticCompany.asOf().minus(Decay.DEFAULT_WINDOW).plusDays(1), SyntheticCompany.asOf());
        ComputeLeaderReport compute = new ComputeLeaderReport(history, new AoObjections(ao), directory,
                new LeaderSettings(configuration), new FixedTime(SyntheticCompany.asOf()));
        AoReportResults results = new AoReportResults(ao);

        Stopwatch.usedHeapAfterGc();
        resetPeaks();
        double loadBefore = load();
        HeapWatch heap = HeapWatch.start();
        Map<RunStage, Long> stageStarts = new EnumMap<>(RunStage.class);
        long started = System.nanoTime();
        stageStarts.put(RunStage.COMPACTING, started);
        int archived = history.compactClosedMonths(SyntheticCompany.asOf(), fraction -> { });
        stageStarts.put(RunStage.READING, System.nanoTime());
        ComputedReport report = compute.compute(period, (stage, fraction) -> {
            synchronized (stageStarts) {
                stageStarts.putIfAbsent(stage, System.nanoTime());
            }
        });
        stageStarts.put(RunStage.SAVING, System.nanoTime());
        results.save(runId, report);
        results.keepOnly(runId);
        long finished = System.nanoTime();
        stageStarts.put(RunStage.FINISHED, finished);

        System.out.printf("%nMonths archived by this run: %d%n", archived);
        System.out.printf("Report of %s: %,d people scored (%,d in the previous period), %,d opinion leaders, %,d in the top 5 %%%n",
                period, report.summary().population(), report.summary().previousPopulation(), report.summary().leaders(),
                report.people().stream().filter(p -> p.band() != app.hallway.leaders.scoring.LeaderBand.OTHER).count());
        System.out.println();
        System.out.println("| stage | seconds |");
        System.out.println("|---|---:|");
        RunStage previous = null;
        for (Map.Entry<RunStage, Long> stage : stageStarts.entrySet()) {
            if (previous != null) {
                System.out.printf("| %s | %.1f |%n", label(previous, settings.resamples()), (stage.getValue() - stageStarts.get(previous)) / 1e9);
            }
            previous = stage.getKey();
        }
        System.out.printf("| **whole report, stored rollups to cached result** | **%.1f** |%n", (finished - started) / 1e9);
        System.out.printf("%nLoad average (1 min) %.1f before, %.1f after: above 2, other programs took CPU from this run%n",
                loadBefore, load());
        heap.stop();
        System.out.printf("%nHeap: at most %,d MB in use (sampled every 20 ms), at most %,d MB still live after a collection;"
                + " %,d MB allowed%n", heap.maxUsed() >> 20, heap.maxLiveAfterCollection() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        long flagged = report.people().stream().filter(p -> !p.flags().isEmpty()).count();
        long withContent = report.people().stream().map(PersonStanding::topContent).filter(c -> !c.isEmpty()).count();
        System.out.printf("Flagged for a human: %,d; with top content: %,d%n", flagged, withContent);
    }

    private static String label(RunStage stage, int resamples) {
        return switch (stage) {
            case COMPACTING -> "archive the months closed since the last run";
            case READING -> "read the rollups of both periods (closed months from archives, the open month's rows by day) and fold them";
            case DIRECTORY -> "check the directory and departments";
            case SCORING -> "build both graphs, weighted LeaderRank on both";
            case STABILITY -> "leader gates with the " + resamples + "-resample bootstrap (2 threads)";
            case EXPLAINING -> "explanations, trend, flags, top content from the raw events";
            case SAVING -> "cache the result in AO";
            default -> stage.name();
        };
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Samples the heap in use on a daemon thread, and listens to the collector for what each collection left. */
    private static final class HeapWatch implements javax.management.NotificationListener {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long maxUsed;
        private volatile long maxLive;

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!running || !notification.getType().equals(
                    com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            com.sun.management.GarbageCollectionNotificationInfo info = com.sun.management.GarbageCollectionNotificationInfo
                    .from((javax.management.openmbean.CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(usage -> usage.getUsed()).sum()
                    - nonHeap(info);
            maxLive = Math.max(maxLive, after);
        }

        /** Metaspace and code caches appear in the collector's report too; only the heap pools count here. */
        private static long nonHeap(com.sun.management.GarbageCollectionNotificationInfo info) {
            long nonHeap = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP && info.getGcInfo().getMemoryUsageAfterGc().containsKey(pool.getName())) {
                    nonHeap += info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName()).getUsed();
                }
            }
            return nonHeap;
        }

        long maxLiveAfterCollection() {
            return maxLive;
        }

        private HeapWatch() {
            thread = new Thread(() -> {
                while (running) {
                    maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            for (java.lang.management.GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) collector).addNotificationListener(watch, null, null);
            }
            watch.thread.start();
            return watch;
        }

        void stop() {
            running = false;
        }

        long maxUsed() {
            return maxUsed;
        }
    }
}
