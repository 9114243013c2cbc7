package cn.yingshang.review.internal;

import cn.yingshang.shared.DomainViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
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

    static String extract(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase();
        try {
            if (name.endsWith(".docx")) {
                return docx(content);
            }
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(content)) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
            if (name.endsWith(".txt")) {
                String text = new String(content, StandardCharsets.UTF_8);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            }
        } catch (IOException | RuntimeException e) {
            throw new DomainViolation("file", "无法读取文件内容，请确认文件未损坏：" + filename);
        }
        throw new DomainViolation("file", "仅支持 .docx、.pdf 或 .txt（UTF-8）文件");
    }

    private static String docx(byte[] content) throws IOException {
        StringBuilder out = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
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
