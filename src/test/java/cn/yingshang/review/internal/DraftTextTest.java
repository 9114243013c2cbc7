package cn.yingshang.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.shared.DomainViolation;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DraftTextTest {

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            var table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).setText("表格中的条款：投标人注册资本不低于5000万元。");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("DOCX drafts are read paragraph by paragraph, tables included")
    void readsDocx() throws IOException {
        String text = DraftText.extract("招标文件.docx", docx("第一章 招标公告", "投标人须在乌鲁木齐市设立分公司。"));
        assertThat(text).contains("投标人须在乌鲁木齐市设立分公司。").contains("注册资本不低于5000万元");
    }

    @Test
    @DisplayName("PDF drafts are read with PDFBox")
    void readsPdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Bidders must hold ISO9001 certification as a qualification condition.");
                content.endText();
            }
            pdf.save(out);
            assertThat(DraftText.extract("draft.PDF", out.toByteArray())).contains("ISO9001 certification");
        }
    }

    @Test
    @DisplayName("other formats and broken files are refused with a Chinese message")
    void refusesOtherFormats() {
        assertThatThrownBy(() -> DraftText.extract("a.doc", new byte[]{1, 2})).isInstanceOf(DomainViolation.class).hasMessageContaining("docx");
        assertThatThrownBy(() -> DraftText.extract("a.docx", new byte[]{1, 2})).isInstanceOf(DomainViolation.class).hasMessageContaining("内容与其类型不符");
    }
}
