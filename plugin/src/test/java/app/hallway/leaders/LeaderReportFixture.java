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
final class LeaderReportFixture {
    final InMemorySettings settings = new InMemorySettings();
    final InMemoryObjections objections = new InMemoryObjections();
    final InMemoryDirectory directory = Company.directory();
    final InMemoryInteractionHistory log = Company.log();
    final InMemoryReportRuns runs = new InMemoryReportRuns();
    final InMemoryReportResults results = new InMemoryReportResults();
    final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    final InMemoryContents contents = new InMemoryContents()
            .page(1001, "Engineering handbook").page(1002, "On-call rota").page(1003, "Salary bands", "admin");
    final FixedTime time = new FixedTime(Company.TODAY);
    final BundleTexts texts = BundleTexts.english();
    final ComputeLeaderReport compute = new ComputeLeaderReport(log, objections, directory, new LeaderSettings(settings), time,
            LeaderCriteria.standard().withResamples(10));
    final RunLeaderReports running = new RunLeaderReports(runs, results, compute, locks, time);
    final ReadLeaderReport report = new ReadLeaderReport(runs, running, results, objections, directory, contents,
            new Roles(directory, settings), texts, time);
    final ProfilingPrivacy privacy = new ProfilingPrivacy(objections, log, runs, results, texts, time);

    /** Computes the report of the company's period, as the background worker would. */
    LeaderReportFixture computed() {
        running.request(Company.PERIOD, "hana");
        running.work();
        return this;
    }

    HrLeaderReport asHr() {
        return report.forViewer(directory.actAs("hana").current());
    }
}
