package org.backcrack.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One file's analysis, as it travels between Spark stages.
 *
 * @param file       the path or URI as given
 * @param status     {@code ok} or {@code error}
 * @param error      the reader's message when the file could not be read, else null
 * @param duration   seconds analysed
 * @param sampleRate Hz (0 when unreadable)
 * @param channels   channel count (0 when unreadable)
 * @param events     the events, each {onset, offset, confidence, peak_dbfs, snr_db, rise, decay, dominant,
 *                   centroid, bandwidth, flatness, sub_clicks} with its class in {@code classes}
 * @param classes    class id of each event ({@code unclassified} included)
 */
public record FileResult(
        String file,
        String status,
        String error,
        double duration,
        int sampleRate,
        int channels,
        List<double[]> events,
        List<String> classes)
        implements Serializable {
    public int count(String cls) {
        return (int) classes.stream().filter(cls::equals).count();
    }
}
