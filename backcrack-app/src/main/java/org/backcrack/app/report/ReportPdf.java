package org.backcrack.app.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * XHTML with its CSS to a PDF, through openhtmltopdf (a CSS 2.1 layout engine with paged media, drawing with
 * Apache PDFBox). The page size and margins come from the page's own {@code @page} rule (A4 in
 * {@link ClinicianReport}). The text uses the PDF standard fonts (Helvetica), which cover Latin-1, the
 * character set of the knowledge base; a character outside them would print as '#'.
 */
public final class ReportPdf {
    static {
        // openhtmltopdf logs its timings and choices at INFO to standard error; a command's output is its own.
        XRLog.setLoggingEnabled(false);
    }

    private ReportPdf() {}

    /** The PDF of a well-formed XHTML document. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report", e);
        }
        return out.toByteArray();
    }
}
