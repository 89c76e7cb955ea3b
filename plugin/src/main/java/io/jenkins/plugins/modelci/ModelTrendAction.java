package io.jenkins.plugins.modelci;

import hudson.model.Action;
import hudson.model.Job;
import io.modelci.report.ChartImages;
import io.modelci.report.Promotion;
import io.modelci.report.TrendChart;
import io.modelci.report.TrendChartData;
import io.modelci.report.TrendPoint;
import io.modelci.report.TrendSeries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

/**
 * The job's "Model trend" page: a metric of a model across builds, promotions marked, drawn by the engine's
 * {@link TrendChart} from the job's {@link TrendIndex} (one small file, not every build's record).
 */
public class ModelTrendAction implements Action {
    private final transient Job<?, ?> job;

    ModelTrendAction(Job<?, ?> job) {
        this.job = job;
    }

    @Override
    public String getIconFileName() {
        return "/plugin/model-ci/icons/model.svg";
    }

    @Override
    public String getDisplayName() {
        return Messages.ModelTrendAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "model-trend";
    }

    public Job<?, ?> getJob() {
        return job;
    }

    /** The models with a trend, for the page's selector. */
    public List<String> getModels() throws IOException {
        return TrendIndex.models(TrendIndex.read(job.getRootDir()));
    }

    /** The metrics of a model, for the page's selector. */
    public List<String> metricsOf(String model) throws IOException {
        return TrendIndex.metrics(TrendIndex.read(job.getRootDir()), model);
    }

    /**
     * {@code GET chart?model=M&metric=X&width=W&height=H}: the trend as PNG. Read-only, so no POST is needed;
     * the parameters only select what to draw from this job's own index.
     */
    @GET
    public void doChart(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        List<TrendIndex.Entry> entries = TrendIndex.read(job.getRootDir());
        String model = req.getParameter("model");
        if (model == null && !entries.isEmpty()) {
            model = TrendIndex.models(entries).get(0);
        }
        String metric = req.getParameter("metric");
        if (metric == null && model != null) {
            List<String> names = TrendIndex.metrics(entries, model);
            metric = names.isEmpty() ? null : names.get(0);
        }
        List<TrendPoint> points = new ArrayList<>();
        List<Promotion> promotions = new ArrayList<>();
        for (TrendIndex.Entry e : entries) {
            if (!e.model().equals(model)) {
                continue;
            }
            Double v = metric == null ? null : e.metrics().get(metric);
            points.add(v == null || !Double.isFinite(v) ? TrendPoint.gap(e.build()) : new TrendPoint(e.build(), v));
            if (e.promotedTo() != null) {
                promotions.add(new Promotion(e.build(), e.promotedTo() + " v" + e.version()));
            }
        }
        TrendChartData data = new TrendChartData(model == null ? "No model yet" : model + ": " + metric,
                TrendChartData.XAxis.BUILD, List.of(new TrendSeries(metric == null ? "-" : metric, points)), promotions);
        byte[] png = ChartImages.png(TrendChart.create(data), size(req.getParameter("width"), 600),
                size(req.getParameter("height"), 300));
        rsp.setContentType("image/png");
        rsp.getOutputStream().write(png);
    }

    static int size(String text, int fallback) {
        try {
            int n = text == null ? fallback : Integer.parseInt(text);
            return Math.max(ChartImages.MIN_SIDE, Math.min(2000, n));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
