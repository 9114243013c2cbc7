package cn.yingshang.platform;

import cn.yingshang.shared.DomainViolation;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an uploaded file is, judged by its bytes (magic numbers, and for Office Open XML the parts
 * named in the ZIP's central directory), never by its name alone. Each use allows its own kinds
 * ({@link #require}); a file whose content is not one of them, or whose name claims another kind
 * (an {@code .exe} renamed {@code .pdf}), is refused before anything parses it. ZIP-based kinds
 * are also refused when their declared contents would inflate beyond {@link #MAX_INFLATED_BYTES}
 * or by more than {@link #MAX_INFLATE_FACTOR} times in one entry (a zip bomb); the parsers check
 * the real inflation again ({@link OfficeDocuments}).
 */
public enum FileKind {
    PDF("pdf"),
    DOCX("docx"),
    XLSX("xlsx"),
    /** Word 97–2003 and Excel 97–2003 (OLE2 compound documents); attachments only, never parsed. */
    DOC("doc"),
    XLS("xls"),
    JPEG("jpg", "jpeg"),
    PNG("png"),
    /** UTF-8 text: CSV imports, plain-text drafts and attachments. */
    TEXT("txt", "csv");

    /** The most an Office Open XML upload may inflate to, all parts together. */
    public static final long MAX_INFLATED_BYTES = 40L * 1024 * 1024;
    /** An entry larger than 1 MB inflated may be at most this many times its compressed size. */
    public static final int MAX_INFLATE_FACTOR = 50;

    private final List<String> extensions;

    FileKind(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    /**
     * The kind of {@code content}, checked against the uses' {@code allowed} kinds and the file
     * name's extension; otherwise a {@link DomainViolation} on {@code field} with a Chinese message.
     */
    public static FileKind require(String field, String filename, byte[] content, Set<FileKind> allowed) {
        String name = filename == null ? "" : filename.strip();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String list = allowed.stream().sorted().flatMap(k -> k.extensions.stream()).map(e -> "." + e)
                .collect(Collectors.joining(Text.of("platform.list.separator")));
        if (allowed.stream().noneMatch(k -> k.extensions.contains(ext))) {
            throw new DomainViolation(field, message("upload.type.notAllowed", name, list));
        }
        if (content == null || content.length == 0) {
            throw new DomainViolation(field, message("upload.empty", name));
        }
        FileKind kind = sniff(content);
        if (kind == DOC && XLS.extensions.contains(ext)) {
            kind = XLS; // Word and Excel 97–2003 share the OLE2 signature
        }
        if (kind == null || !allowed.contains(kind) || !kind.extensions.contains(ext)) {
            throw new DomainViolation(field, message("upload.type.mismatch", name, list));
        }
        if ((kind == DOCX || kind == XLSX) && !ZipDirectory.within(content, MAX_INFLATED_BYTES, MAX_INFLATE_FACTOR)) {
            throw new DomainViolation(field, message("upload.zipBomb", name));
        }
        return kind;
    }

    /** The kind the bytes show, or null when they are none of the kinds the platform accepts. */
    public static FileKind sniff(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return PDF;
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            List<String> names = ZipDirectory.names(b);
            if (names == null || !names.contains("[Content_Types].xml")) {
                return null;
            }
            if (names.contains("word/document.xml")) {
                return DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return XLSX;
            }
            return null;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            // both Word and Excel 97–2003 are OLE2; which one is left to the name, neither is parsed
            return DOC;
        }
        return text(b) ? TEXT : null;
    }

    /** Text: valid UTF-8 (with or without BOM), no NUL and no other control bytes but tab, CR, LF, FF. */
    private static boolean text(byte[] b) {
        int n = Math.min(b.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b, 0, utf8Boundary(b, n)));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Cuts the sample before a multi-byte character that the sample would split. */
    private static int utf8Boundary(byte[] b, int n) {
        if (n == b.length) {
            return n;
        }
        int i = n;
        while (i > 0 && (b[i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String message(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", Locale.SIMPLIFIED_CHINESE);
        return new MessageFormat(bundle.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }

}
