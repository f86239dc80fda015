package org.triadcsr.app.ui.results;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.triadcsr.app.report.chart.ChartStyle;
import org.triadcsr.app.report.chart.DomainRadarChart;
import org.triadcsr.app.report.chart.KpiBandChart;
import org.triadcsr.app.ui.AssessmentTab;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.analysis.AssessmentData;
import org.triadcsr.app.ui.analysis.Tables;

/** The results tab: binds to {@link ResultsViewModel}; charts from the shared chart builders. */
public final class ResultsView implements AssessmentTab {
    private final ResultsViewModel model;
    private final Messages messages;
    private final ScrollPane root;
    private final ChartViewer radar = new ChartViewer(null);
    private final ChartViewer kpiChart = new ChartViewer(null);
    private final TableView<ResultsViewModel.KpiLine> kpiTable;

    public ResultsView(ResultsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label overall = new Label();
        overall.textProperty().bind(model.overallProperty());
        overall.setStyle("-fx-font-size: 2.6em; -fx-font-weight: bold;");
        overall.setId("results-overall");
        Label rating = new Label();
        rating.textProperty().bind(model.ratingProperty());
        rating.setStyle("-fx-font-size: 1.4em;");
        rating.setId("results-rating");
        Label note = wrapped(model.ratingNoteProperty());
        note.setId("results-note");
        Label completeness = new Label();
        completeness.textProperty().bind(model.completenessProperty().map(c -> messages.get("results.completeness", c)));
        completeness.setId("results-completeness");
        Label error = wrapped(model.errorProperty());
        error.setStyle("-fx-text-fill: #c62828;");
        VBox headline = new VBox(4, new Label(messages.get("results.overall")), overall, rating, completeness, note);

        VBox flags = new VBox(6);
        flags.setId("results-flags");
        model.flags().addListener((javafx.collections.ListChangeListener<ResultsViewModel.FlagLine>) c -> {
            flags.getChildren().setAll(model.flags().stream().map(this::flagNode).toList());
            if (model.flags().isEmpty()) {
                flags.getChildren().add(new Label(messages.get("results.flags.none")));
            }
        });

        TableView<ResultsViewModel.DomainLine> domains = Tables.table(model.domains(), "");
        domains.getColumns().setAll(java.util.List.of(
                Tables.column(messages.get("results.col.domain"), ResultsViewModel.DomainLine::domain, 160),
                Tables.number(messages.get("results.col.score"), ResultsViewModel.DomainLine::score, 70),
                Tables.number(messages.get("results.col.completeness"), ResultsViewModel.DomainLine::completeness, 100)));
        domains.setPrefHeight(120);
        domains.setId("results-domains");
        TableView<ResultsViewModel.TopicLine> topics = Tables.table(model.topics(), "");
        topics.getColumns().setAll(java.util.List.of(
                Tables.column(messages.get("results.col.domain"), ResultsViewModel.TopicLine::domain, 120),
                Tables.column(messages.get("results.col.topic"), ResultsViewModel.TopicLine::topic, 260),
                Tables.number(messages.get("results.col.score"), ResultsViewModel.TopicLine::score, 70)));
        topics.setPrefHeight(300);
        topics.setId("results-topics");
        kpiTable = Tables.table(model.kpis(), messages.get("results.kpis.none"));
        kpiTable.getColumns().setAll(java.util.List.of(
                Tables.column(messages.get("results.col.kpi"), ResultsViewModel.KpiLine::question, 320),
                Tables.number(messages.get("results.col.value"), ResultsViewModel.KpiLine::value, 110),
                Tables.column(messages.get("results.col.band"), ResultsViewModel.KpiLine::band, 120),
                Tables.number(messages.get("results.col.score"), ResultsViewModel.KpiLine::score, 60),
                Tables.column(messages.get("results.col.benchmark"), ResultsViewModel.KpiLine::benchmark, 200),
                Tables.column(messages.get("results.col.source"), ResultsViewModel.KpiLine::source, 260)));
        kpiTable.setPrefHeight(260);
        kpiTable.setId("results-kpis");
        kpiTable.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> drawKpi(line));
        radar.setPrefSize(420, 320);
        radar.setMinSize(300, 260);
        kpiChart.setPrefSize(640, 240);
        kpiChart.setMinHeight(200);
        model.dataProperty().addListener((o, was, d) -> draw(d));

        HBox top = new HBox(24, headline, radar);
        VBox page = new VBox(12, error, top, Tables.heading(messages.get("results.flags")), flags,
                Tables.heading(messages.get("results.domains")), domains,
                Tables.heading(messages.get("results.topics")), topics,
                Tables.heading(messages.get("results.kpis")), kpiTable, kpiChart);
        page.setPadding(new Insets(16));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
    }

    private Node flagNode(ResultsViewModel.FlagLine f) {
        Label sign = new Label("\u2691 " + f.severity());
        sign.setStyle("-fx-text-fill: " + (f.critical() ? "#c62828" : "#e65100") + "; -fx-font-weight: bold;");
        sign.setMinWidth(110);
        Label what = new Label(f.question() + (f.figures().isEmpty() ? "" : " \u2014 " + f.figures()));
        what.setWrapText(true);
        Label basis = new Label(messages.get("results.flag.basis", f.basis()));
        basis.setWrapText(true);
        basis.getStyleClass().add("text-muted");
        FlowPane line = new FlowPane(8, 2, sign, new VBox(2, what, basis));
        line.setStyle("-fx-border-color: " + (f.critical() ? "#c62828" : "#e65100") + "; -fx-border-width: 0 0 0 4; -fx-padding: 4 8;");
        return line;
    }

    private void draw(AssessmentData d) {
        if (d == null) {
            return;
        }
        radar.setChart(DomainRadarChart.of(d.card(), d.assessment().period(), null, null, d.pack(), model.chartText(),
                ChartStyle.defaults()));
        if (!model.kpis().isEmpty()) {
            kpiTable.getSelectionModel().select(model.kpis().stream().filter(k -> !k.band().isEmpty()).findFirst()
                    .orElse(model.kpis().get(0)));
        }
        drawKpi(kpiTable.getSelectionModel().getSelectedItem());
    }

    private void drawKpi(ResultsViewModel.KpiLine line) {
        AssessmentData d = model.dataProperty().get();
        if (line == null || d == null) {
            kpiChart.setVisible(false);
            return;
        }
        kpiChart.setVisible(true);
        kpiChart.setChart(KpiBandChart.of(d.pack().question(line.questionId()).orElseThrow(),
                d.card().kpi(line.questionId()).orElse(null), d.pack(), model.chartText(), ChartStyle.defaults()));
    }

    private static Label wrapped(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        return l;
    }

    @Override
    public String title() {
        return messages.get("results.title");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(String assessmentId) {
        model.show(assessmentId);
    }

    public ResultsViewModel model() {
        return model;
    }
}
