package cn.yingshang.review.internal;

import cn.yingshang.shared.DomainViolation;
import cn.yingshang.platform.FileKind;
import cn.yingshang.platform.OfficeDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The text of an uploaded draft: plain text (UTF-8), DOCX (Apache POI) or PDF (Apache PDFBox). */
final class DraftText {

    private DraftText() {
    }

    static final Set<FileKind> DRAFT_KINDS = Set.of(FileKind.DOCX, FileKind.PDF, FileKind.TEXT);

    /** The draft's text; the content is checked to be what the name says before a parser sees it. */
    static String extract(String filename, byte[] content) {
        FileKind kind = FileKind.require("file", filename, content, DRAFT_KINDS);
        try {
            return switch (kind) {
                case DOCX -> docx(filename, content);
                case PDF -> {
                    try (PDDocument pdf = OfficeDocuments.pdf("file", filename, content)) {
                        yield new PDFTextStripper().getText(pdf);
                    }
                }
                default -> {
                    String text = new String(content, StandardCharsets.UTF_8);
                    yield text.startsWith("\uFEFF") ? text.substring(1) : text;
                }
            };
        } catch (DomainViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw DomainViolation.of("file", "review.draftText.file", filename);
        }
    }

    private static String docx(String filename, byte[] content) throws IOException {
        StringBuilder out = new StringBuilder();
        try (XWPFDocument doc = OfficeDocuments.docx("file", filename, content)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            out.append(cell.getText()).append('\n');
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
