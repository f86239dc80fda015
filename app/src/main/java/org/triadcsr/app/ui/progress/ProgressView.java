package org.triadcsr.app.ui.progress;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.triadcsr.app.report.chart.ChartStyle;
import org.triadcsr.app.report.chart.DeltaChart;
import org.triadcsr.app.report.chart.KpiTrendChart;
import org.triadcsr.app.ui.AssessmentTab;
import org.triadcsr.app.ui.Messages;
import org.triadcsr.app.ui.analysis.Tables;
import org.triadcsr.model.progress.Target;

/** The progress tab: comparison with an earlier assessment, KPI trends and targets. */
public final class ProgressView implements AssessmentTab {
    private final ProgressViewModel model;
    private final Messages messages;
    private final ScrollPane root;
    private final ChartViewer deltaChart = new ChartViewer(null);
    private final ChartViewer trendChart = new ChartViewer(null);
    private final ComboBox<ProgressViewModel.Choice> trendKpi = new ComboBox<>();

    public ProgressView(ProgressViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        ComboBox<ProgressViewModel.Choice> earlier = new ComboBox<>(model.earlierChoices());
        earlier.setId("progress-earlier");
        earlier.valueProperty().bindBidirectional(model.earlierProperty());
        earlier.setOnAction(e -> {
            if (earlier.getValue() != null) {
                model.compareWith(earlier.getValue());
            }
        });
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);
        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.setStyle("-fx-text-fill: #c62828;");
        error.setWrapText(true);
        TableView<ProgressViewModel.DeltaLine> deltas = Tables.table(model.deltas(), messages.get("progress.none"));
        deltas.setId("progress-deltas");
        deltas.getColumns().setAll(List.of(
                Tables.column(messages.get("progress.col.kind"), ProgressViewModel.DeltaLine::kind, 90),
                Tables.column(messages.get("progress.col.name"), ProgressViewModel.DeltaLine::name, 340),
                Tables.number(messages.get("progress.col.earlier"), ProgressViewModel.DeltaLine::earlier, 110),
                Tables.number(messages.get("progress.col.later"), ProgressViewModel.DeltaLine::later, 110),
                Tables.number(messages.get("progress.col.delta"), ProgressViewModel.DeltaLine::delta, 90)));
        deltas.setPrefHeight(300);
        deltaChart.setPrefSize(640, 220);
        deltaChart.setMinHeight(200);
        trendChart.setPrefSize(640, 300);
        trendChart.setMinHeight(240);
        trendKpi.setItems(model.kpiChoices());
        trendKpi.setId("progress-trend-kpi");
        trendKpi.setMaxWidth(640);
        trendKpi.setOnAction(e -> drawTrend());
        model.chartsProperty().addListener((o, was, c) -> draw());

        TableView<ProgressViewModel.TargetLine> targets = Tables.table(model.targets(), messages.get("progress.targets.none"));
        targets.setId("progress-targets");
        targets.getColumns().setAll(List.of(
                Tables.column(messages.get("progress.col.kpi"), ProgressViewModel.TargetLine::kpi, 300),
                Tables.number(messages.get("progress.col.baseline"), ProgressViewModel.TargetLine::baseline, 110),
                Tables.number(messages.get("progress.col.current"), ProgressViewModel.TargetLine::current, 110),
                Tables.number(messages.get("progress.col.target"), ProgressViewModel.TargetLine::target, 110),
                Tables.column(messages.get("progress.col.due"), ProgressViewModel.TargetLine::due, 100),
                Tables.number(messages.get("progress.col.attainment"), ProgressViewModel.TargetLine::attainment, 100)));
        targets.setPrefHeight(160);
        ComboBox<ProgressViewModel.Choice> targetKpi = new ComboBox<>(model.kpiChoices());
        targetKpi.setPromptText(messages.get("progress.col.kpi"));
        targetKpi.setMaxWidth(360);
        TextField value = new TextField();
        value.setPromptText(messages.get("progress.col.target"));
        value.setPrefColumnCount(8);
        DatePicker due = new DatePicker();
        due.setPromptText(messages.get("progress.col.due"));
        Button save = new Button(messages.get("progress.target.save"));
        String[] editing = {null};
        targets.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> {
            if (line != null) {
                editing[0] = line.targetId();
                model.kpiChoices().stream().filter(c -> c.id().equals(line.kpiQuestionId())).findFirst()
                        .ifPresent(targetKpi::setValue);
            }
        });
        save.setOnAction(e -> {
            String kpi = targetKpi.getValue() == null ? null : targetKpi.getValue().id();
            if (model.saveTarget(editing[0], kpi, value.getText(), due.getValue())) {
                editing[0] = null;
                value.clear();
            }
        });
        HBox targetForm = new HBox(8, targetKpi, value, due, save);

        VBox page = new VBox(12, Tables.heading(messages.get("progress.title")),
                new HBox(8, new Label(messages.get("progress.compare")), earlier), summary, error, deltaChart, deltas,
                Tables.heading(messages.get("progress.trend")), trendKpi, trendChart,
                Tables.heading(messages.get("progress.targets")), targets, targetForm);
        page.setPadding(new Insets(16));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
    }

    private void draw() {
        ProgressViewModel.Charts c = model.chartsProperty().get();
        if (c == null) {
            return;
        }
        deltaChart.setVisible(c.progress() != null);
        if (c.progress() != null) {
            deltaChart.setChart(DeltaChart.domains(c.progress(), c.pack(), c.earlierPeriod(), c.laterPeriod(),
                    model.chartText(), ChartStyle.defaults()));
        }
        if (trendKpi.getValue() == null && !model.kpiChoices().isEmpty()) {
            trendKpi.setValue(model.kpiChoices().get(0));
        }
        drawTrend();
    }

    private void drawTrend() {
        ProgressViewModel.Charts c = model.chartsProperty().get();
        ProgressViewModel.Choice kpi = trendKpi.getValue();
        if (c == null || kpi == null) {
            trendChart.setVisible(false);
            return;
        }
        Target target = c.targets().stream().filter(t -> t.kpiQuestionId().equals(kpi.id())).findFirst().orElse(null);
        trendChart.setVisible(true);
        trendChart.setChart(KpiTrendChart.of(c.pack().question(kpi.id()).orElseThrow(), c.points(), target,
                model.chartText(), ChartStyle.defaults()));
    }

    @Override
    public String title() {
        return messages.get("progress.title");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(String assessmentId) {
        model.show(assessmentId);
    }

    public ProgressViewModel model() {
        return model;
    }
}
