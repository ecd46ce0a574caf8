package org.backcrack.app.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.hipparchus.complex.Complex;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.IChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Pictures of a recording: the waveform with its events marked by class, the spectrogram, and any extra
 * panels (for example a bubble's radius), stacked into one PNG. Charts are XChart, rendered headless.
 */
public final class SoundPlot {
    /** Colours by class, the same as the web app's. */
    public static final Map<SoundClass, Color> COLOURS = new EnumMap<>(Map.of(
            SoundClass.CAVITATION, new Color(0x1F, 0x77, 0xB4),
            SoundClass.SOFT_TISSUE_SNAP, new Color(0xD6, 0x27, 0x28),
            SoundClass.CREPITUS, new Color(0x2C, 0xA0, 0x2C)));

    private static final int WIDTH = 1200;

    private SoundPlot() {}

    /** The waveform (min/max envelope, at most 2000 columns) with a marker at each event's onset. */
    public static XYChart waveform(float[] samples, int sampleRate, List<SoundEvent> events, String title) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(300)
                .title(title)
                .xAxisTitle("time (s)")
                .yAxisTitle("amplitude (full scale)")
                .build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.getStyler().setMarkerSize(8);
        int columns = Math.min(2000, Math.max(1, samples.length));
        double per = (double) samples.length / columns;
        double[] t = new double[2 * columns];
        double[] y = new double[2 * columns];
        double peak = 1e-9;
        for (int c = 0; c < columns; c++) {
            int a = (int) (c * per);
            int b = Math.max(a + 1, (int) ((c + 1) * per));
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (int i = a; i < b && i < samples.length; i++) {
                lo = Math.min(lo, samples[i]);
                hi = Math.max(hi, samples[i]);
            }
            t[2 * c] = (double) a / sampleRate;
            t[2 * c + 1] = (double) a / sampleRate;
            y[2 * c] = lo;
            y[2 * c + 1] = hi;
            peak = Math.max(peak, Math.max(Math.abs(lo), Math.abs(hi)));
        }
        XYSeries wave = chart.addSeries("signal", t, y);
        wave.setMarker(SeriesMarkers.NONE);
        wave.setLineColor(Color.GRAY);
        wave.setLineWidth(0.6f);
        for (SoundClass cls : SoundClass.values()) {
            List<Double> onsets = new ArrayList<>();
            for (SoundEvent e : events) {
                if (e.soundClass() == cls) {
                    onsets.add(e.onset());
                }
            }
            if (onsets.isEmpty()) {
                continue;
            }
            List<Double> heights = new ArrayList<>();
            for (int i = 0; i < onsets.size(); i++) {
                heights.add(peak * 1.08);
            }
            XYSeries s = chart.addSeries(cls.id() + " (" + onsets.size() + ")", onsets, heights);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.TRIANGLE_DOWN);
            s.setMarkerColor(COLOURS.get(cls));
        }
        return chart;
    }

    /** A spectrogram up to {@code maxHz}: 1024-point Hann STFT, power in dB, about 200 time columns. */
    public static HeatMapChart spectrogram(float[] samples, int sampleRate, double maxHz, String title) {
        int n = 1024;
        int columns = 200;
        int hop = Math.max(1, (samples.length - n) / columns);
        int bins = (int) Math.min(n / 2, Math.round(maxHz * n / sampleRate));
        int rows = Math.min(60, bins);
        int perRow = Math.max(1, bins / rows);
        FastFourierTransformer fft = new FastFourierTransformer(DftNormalization.STANDARD);
        int cols = Math.max(1, Math.min(columns, (samples.length - n) / hop + 1));
        double[][] db = new double[cols][rows];
        double max = -300;
        double[] buf = new double[n];
        for (int c = 0; c < cols; c++) {
            int a = c * hop;
            for (int i = 0; i < n; i++) {
                double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
                buf[i] = a + i < samples.length ? samples[a + i] * w : 0;
            }
            Complex[] x = fft.transform(buf, TransformType.FORWARD);
            for (int r = 0; r < rows; r++) {
                double p = 0;
                for (int k = r * perRow + 1; k <= (r + 1) * perRow && k < n / 2; k++) {
                    p += x[k].norm() * x[k].norm();
                }
                db[c][r] = 10 * Math.log10(p + 1e-20);
                max = Math.max(max, db[c][r]);
            }
        }
        int[] xs = new int[cols];
        int[] ys = new int[rows];
        int[][] cells = new int[cols * rows][];
        for (int c = 0; c < cols; c++) {
            xs[c] = c;
        }
        for (int r = 0; r < rows; r++) {
            ys[r] = (int) Math.round((r + 0.5) * perRow * (double) sampleRate / n);
        }
        int k = 0;
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                cells[k++] = new int[] {c, r, (int) Math.max(0, Math.round(db[c][r] - max + 80))};
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(WIDTH)
                .height(300)
                .title(title
                        + String.format(
                                "  (0–%.1f s, 0–%.0f Hz, dB re peak + 80)",
                                (double) samples.length / sampleRate, maxHz))
                .build();
        chart.getStyler().setShowValue(false);
        chart.getStyler().setXAxisTicksVisible(false);
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(80);
        chart.getStyler().setDrawBorder(false);
        chart.getStyler().setRangeColors(new Color[] {
            new Color(0x0D, 0x08, 0x87),
            new Color(0x9C, 0x17, 0x9E),
            new Color(0xED, 0x79, 0x53),
            new Color(0xF0, 0xF9, 0x21)
        });
        List<Integer> xl = new ArrayList<>();
        for (int x : xs) {
            xl.add(x);
        }
        List<Integer> yl = new ArrayList<>();
        for (int y : ys) {
            yl.add(y);
        }
        List<Number[]> data = new ArrayList<>();
        for (int[] cell : cells) {
            data.add(new Number[] {cell[0], cell[1], cell[2]});
        }
        chart.addSeries("spectrogram", xl, yl, data);
        return chart;
    }

    /** A simple line chart. */
    public static XYChart line(String title, String xTitle, String yTitle, double[] x, double[] y) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH / 2)
                .height(260)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setLegendVisible(false);
        XYSeries s = chart.addSeries(title, x, y);
        s.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /** Stacks full-width charts, then pairs of half-width charts, into one PNG. */
    public static void write(Path png, List<? extends IChart> full, List<? extends IChart> halves) throws IOException {
        List<BufferedImage> rows = new ArrayList<>();
        for (IChart c : full) {
            rows.add(BitmapEncoder.getBufferedImage(c));
        }
        for (int i = 0; i < halves.size(); i += 2) {
            BufferedImage left = BitmapEncoder.getBufferedImage(halves.get(i));
            BufferedImage right = i + 1 < halves.size() ? BitmapEncoder.getBufferedImage(halves.get(i + 1)) : null;
            BufferedImage row = new BufferedImage(WIDTH, left.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = row.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, left.getHeight());
            g.drawImage(left, 0, 0, null);
            if (right != null) {
                g.drawImage(right, WIDTH / 2, 0, null);
            }
            g.dispose();
            rows.add(row);
        }
        int height = rows.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage all = new BufferedImage(WIDTH, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        int y = 0;
        for (BufferedImage r : rows) {
            g.drawImage(r, 0, y, null);
            y += r.getHeight();
        }
        g.dispose();
        Path dir = png.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        ImageIO.write(all, "png", png.toFile());
    }
}
