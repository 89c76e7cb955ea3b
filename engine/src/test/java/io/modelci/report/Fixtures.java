package io.modelci.report;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test files under src/test/resources/report. */
final class Fixtures {
    private Fixtures() {
    }

    static Path file(final String name) {
        try {
            return Path.of(Fixtures.class.getResource("/report/" + name).toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The full input: evaluation, champion, verdict, history, learning curves and lineage. */
    static ReportInput fullInput() {
        return new ReportInput("Churn model #128",
                ReportInputReader.readEvaluation(file("evaluation.json")),
                ReportInputReader.readEvaluation(file("champion-evaluation.json")),
                ReportInputReader.readVerdict(file("verdict.json")),
                HistoryReader.readHistory(file("history.json")),
                HistoryReader.readLearningCurves(file("learning-curves.csv")),
                ReportInputReader.readLineage(file("lineage.json")));
    }

    static final String SCRIPT = "<script>alert(1)</script>";

    /** Names full of HTML and Markdown syntax everywhere a user can put text. */
    static ReportInput hostileInput() {
        return new ReportInput(SCRIPT + " & \"model\"",
                ReportInputReader.readEvaluation(file("hostile-evaluation.json")), null,
                ReportInputReader.readVerdict(file("hostile-verdict.json")), null, null,
                ReportInputReader.readLineage(file("hostile-lineage.json")));
    }
}
