package app.hallway.leaders;

import app.hallway.admin.Roles;
import app.hallway.leaders.scoring.LeaderCriteria;
import app.hallway.testing.BundleTexts;
import app.hallway.testing.FixedTime;
import app.hallway.testing.InMemoryClusterLocks;
import app.hallway.testing.InMemoryContents;
import app.hallway.testing.InMemoryDirectory;
import app.hallway.testing.InMemorySettings;

/** The report's use cases wired over in-memory ports and the {@link Company}, as the adapters wire them. */
public final class LeaderReportFixture {
    public final InMemorySettings settings = new InMemorySettings();
    public final InMemoryObjections objections = new InMemoryObjections();
    public final InMemoryDirectory directory = Company.directory();
    public final InMemoryInteractionHistory log = Company.log();
    public final InMemoryReportRuns runs = new InMemoryReportRuns();
    public final InMemoryReportResults results = new InMemoryReportResults();
    public final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    public final InMemoryContents contents = new InMemoryContents()
            .page(1001, "Engineering handbook").page(1002, "On-call rota").page(1003, "Salary bands", "admin");
    public final FixedTime time = new FixedTime(Company.TODAY);
    public final BundleTexts texts = BundleTexts.english();
    public final ComputeLeaderReport compute = new ComputeLeaderReport(log, objections, directory, new LeaderSettings(settings), time,
            LeaderCriteria.standard().withResamples(10));
    public final RunLeaderReports running = new RunLeaderReports(runs, results, compute, locks, time, RollupArchives.NONE);
    public final ReadLeaderReport report = new ReadLeaderReport(runs, running, results, objections, directory, contents,
            new Roles(directory, settings), texts, time);
    public final ProfilingPrivacy privacy = new ProfilingPrivacy(objections, log, runs, results, texts, time);

    /** Computes the report of the company's period, as the background worker would. */
    public LeaderReportFixture computed() {
        running.request(Company.PERIOD, "hana");
        running.work();
        return this;
    }

    public HrLeaderReport asHr() {
        return report.forViewer(directory.actAs("hana").current());
    }
}
