/**
 * The charts Triad draws, built once from model objects and shared by the window (JFreeChart's JavaFX
 * {@code ChartViewer}) and the PDF report (drawn as vector graphics), so the two look alike. AWT and JFreeChart
 * only; no JavaFX here (the architecture test keeps JavaFX inside {@code ui}).
 *
 * <h2>API</h2>
 * Every builder is a static method returning a {@link org.jfree.chart.JFreeChart}, taking the model objects,
 * a {@link org.triadcsr.app.report.chart.ChartText} (the words and number forms of one language, from
 * {@code charts*.properties} in this package; pack texts are read in the same language) and a
 * {@link org.triadcsr.app.report.chart.ChartStyle} (the base {@link java.awt.Font}; the PDF passes its embedded
 * Vietnamese font, the window uses {@code ChartStyle.defaults()}):
 * <ul>
 *   <li>{@link org.triadcsr.app.report.chart.DomainRadarChart#of DomainRadarChart.of(card, pack, text, style)}:
 *       radar of the three domain scores, optionally over an earlier card;</li>
 *   <li>{@link org.triadcsr.app.report.chart.KpiBandChart#of KpiBandChart.of(question, kpiResult, pack, text, style)}:
 *       one KPI's value over its four benchmark bands, with source and year;</li>
 *   <li>{@link org.triadcsr.app.report.chart.KpiScoresChart#of KpiScoresChart.of(card, pack, text, style)}:
 *       every scored KPI's benchmark score over the band ranges;</li>
 *   <li>{@link org.triadcsr.app.report.chart.KpiTrendChart#of KpiTrendChart.of(question, points, target, text, style)}:
 *       one KPI across assessments, with benchmark lines and the target;</li>
 *   <li>{@link org.triadcsr.app.report.chart.DeltaChart#domains DeltaChart.domains} and
 *       {@link org.triadcsr.app.report.chart.DeltaChart#topics topics}{@code (progress, pack, earlierPeriod,
 *       laterPeriod, text, style)}: signed changes in points between two assessments.</li>
 * </ul>
 * Rules every chart keeps: numbers come from the {@code ScoreCard} unrounded and are rounded only in labels
 * (scores to whole points, deltas to one decimal); an undefined number shows "–", never 0; a benchmark band is
 * always named by its word (legend, strip or label), never by colour alone; gains and losses carry their sign.
 * Dataset keys are {@link org.triadcsr.app.report.chart.ChartKey}s, equal by id, so a caller or a test finds a
 * value by domain, topic or question id in any language.
 *
 * <p>To draw at a fixed size: {@code chart.draw(graphics2d, new Rectangle2D.Double(0, 0, w, h))}, or
 * {@code chart.createBufferedImage(2 * w, 2 * h, w, h, null)} for a sharp PNG.
 */
package org.triadcsr.app.report.chart;
