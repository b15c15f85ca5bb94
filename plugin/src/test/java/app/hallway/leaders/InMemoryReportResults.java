package app.hallway.leaders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ReportResults} in a map, for use-case tests. */
public final class InMemoryReportResults implements ReportResults {
    private final Map<Long, ComputedReport> reports = new HashMap<>();

    @Override
    public synchronized void save(long runId, ComputedReport report) {
        reports.put(runId, report);
    }

    @Override
    public synchronized Optional<ReportSummary> summary(long runId) {
        return Optional.ofNullable(reports.get(runId)).map(ComputedReport::summary);
    }

    @Override
    public synchronized List<PersonStanding> leaders(long runId) {
        ComputedReport report = reports.get(runId);
        return report == null ? List.of() : report.people().stream().filter(PersonStanding::leader).toList();
    }

    @Override
    public synchronized Optional<PersonStanding> person(long runId, String userKey) {
        ComputedReport report = reports.get(runId);
        return report == null ? Optional.empty() : report.people().stream().filter(p -> p.userKey().equals(userKey)).findFirst();
    }

    @Override
    public synchronized void forget(String userKey) {
        reports.replaceAll((id, report) -> new ComputedReport(report.summary(),
                report.people().stream().filter(p -> !p.userKey().equals(userKey)).toList()));
    }

    @Override
    public synchronized void keepOnly(long runId) {
        reports.keySet().removeIf(id -> id != runId);
    }

    synchronized int cached() {
        return reports.size();
    }
}
