package org.backcrack.app.plot;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The journal's two charts as PNG images for the printed report: sounds per day stacked by class, and the pain
 * score over the days (the same two charts the journal page draws with Chart.js, in the same colours).
 */
public final class JournalCharts {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 420;

    private JournalCharts() {}

    /**
     * One day of the charts.
     *
     * @param date    the day, YYYY-MM-DD
     * @param pops    pops (cavitation)
     * @param snaps   soft-tissue snaps
     * @param grating grating (crepitus)
     * @param pain    pain 0–10, or null when not recorded
     */
    public record Day(String date, int pops, int snaps, int grating, Integer pain) {}

    /** Sounds per day, stacked by class, as a PNG; days in the order given. */
    public static byte[] soundsPerDay(List<Day> days) {
        CategoryChart c = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Sounds per day")
                .yAxisTitle("sounds")
                .build();
        c.getStyler().setStacked(true);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setXAxisLabelRotation(days.size() > 10 ? 45 : 0);
        List<String> x = days.stream().map(Day::date).toList();
        c.addSeries(
                        "Cavitation (pop)",
                        x,
                        days.stream().map(d -> (Number) d.pops()).toList())
                .setFillColor(new Color(0x1f, 0x77, 0xb4));
        c.addSeries(
                        "Soft-tissue snap",
                        x,
                        days.stream().map(d -> (Number) d.snaps()).toList())
                .setFillColor(new Color(0xd6, 0x27, 0x28));
        c.addSeries(
                        "Crepitus (grating)",
                        x,
                        days.stream().map(d -> (Number) d.grating()).toList())
                .setFillColor(new Color(0x2c, 0xa0, 0x2c));
        return png(c);
    }

    /** The pain score on the days it was recorded, 0–10, as a PNG; null when no day has one. */
    public static byte[] pain(List<Day> days) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).pain() != null) {
                x.add((double) i);
                y.add((double) days.get(i).pain());
            }
        }
        if (x.isEmpty()) {
            return null;
        }
        XYChart c = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT * 3 / 4)
                .title("Pain score (0-10), by day: " + days.get(0).date() + " to "
                        + days.get(days.size() - 1).date())
                .yAxisTitle("pain")
                .build();
        c.getStyler().setLegendVisible(false);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(10.0);
        c.getStyler().setXAxisTicksVisible(false);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        XYSeries s = c.addSeries("pain", x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(new Color(0xa8, 0x5d, 0x00));
        s.setMarkerColor(new Color(0xa8, 0x5d, 0x00));
        return png(c);
    }

    /** Width of a PNG these methods made, pixels. */
    public static int width(byte[] png) {
        return readInt(png, 16);
    }

    /** Height of a PNG these methods made, pixels. */
    public static int height(byte[] png) {
        return readInt(png, 20);
    }

    /** A big-endian int of the PNG header (IHDR width at 16, height at 20). */
    private static int readInt(byte[] png, int at) {
        return ((png[at] & 0xff) << 24)
                | ((png[at + 1] & 0xff) << 16)
                | ((png[at + 2] & 0xff) << 8)
                | (png[at + 3] & 0xff);
    }

    private static byte[] png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw a journal chart", e);
        }
    }
}
