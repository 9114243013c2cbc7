package cn.yingshang.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens uploaded XLSX, DOCX and PDF files for reading, always the same guarded way: the content
 * must be the kind its use allows ({@link FileKind#require}, which also refuses archives whose
 * declared contents are a zip bomb), and the parsers run with limits tighter than their defaults —
 * POI refuses any ZIP entry that inflates more than 50 times over (default 100) or beyond
 * {@value #MAX_ENTRY_BYTES} bytes (default 4 GB), and text beyond {@value #MAX_TEXT_CHARS}
 * characters; PDFBox keeps at most {@value #MAX_PDF_CACHE_BYTES} bytes of decoded streams in memory
 * (default: unlimited) and documents beyond {@value #MAX_PDF_PAGES} pages are refused.
 */
public final class OfficeDocuments {

    public static final long MAX_ENTRY_BYTES = 30L * 1024 * 1024;
    public static final long MAX_TEXT_CHARS = 2_000_000;
    public static final long MAX_PDF_CACHE_BYTES = 64L * 1024 * 1024;
    public static final int MAX_PDF_PAGES = 500;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / FileKind.MAX_INFLATE_FACTOR);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(ZipDirectory.MAX_ENTRIES);
    }

    private OfficeDocuments() {
    }

    /** Makes sure the limits are in force before any other code of the platform opens an Office file. */
    public static void applyLimits() {
        // the static initialiser has run by the time this returns
    }

    public static XSSFWorkbook xlsx(String field, String filename, byte[] content) throws IOException {
        FileKind.require(field, filename, content, Set.of(FileKind.XLSX));
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }

    public static XWPFDocument docx(String field, String filename, byte[] content) throws IOException {
        FileKind.require(field, filename, content, Set.of(FileKind.DOCX));
        return new XWPFDocument(new ByteArrayInputStream(content));
    }

    public static PDDocument pdf(String field, String filename, byte[] content) throws IOException {
        FileKind.require(field, filename, content, Set.of(FileKind.PDF));
        PDDocument pdf = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_CACHE_BYTES).streamCache);
        if (pdf.getNumberOfPages() > MAX_PDF_PAGES) {
            pdf.close();
            throw new IOException("PDF has more than " + MAX_PDF_PAGES + " pages");
        }
        return pdf;
    }
}
