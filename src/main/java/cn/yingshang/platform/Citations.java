package cn.yingshang.platform;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Citations of the five source documents as people read them: the project's internal form (file
 * number, then an article or measure, a range or a list, as the seeds README writes them) becomes
 * the document's title and article ({@code 《新疆维吾尔自治区优化营商环境条例》第五十一条}). The titles are one table
 * ({@code citation.title.000} … in the platform bundle); every page shows seed citations through this
 * ({@code #cite.text(…)} in templates), whatever stored them (migrations, bundles, officials' input).
 */
@Component
public class Citations {

    /** A file number, then one article or a range or list of articles of that file. */
    static final Pattern INTERNAL = Pattern.compile(
            "\\b(00[0-4])\\s?([§#])\\s?(\\d+)((?:\\s?[–—\\-~/\\x{3001},\\x{FF0C}]\\s?[§#]?\\d+)*)");
    private static final Pattern MORE = Pattern.compile("\\s?([–—\\-~/\\x{3001},\\x{FF0C}])\\s?[§#]?(\\d+)");

    private final java.util.function.BiFunction<String, Object[], String> messages;

    @org.springframework.beans.factory.annotation.Autowired
    public Citations(MessageSource messages) {
        this((key, args) -> messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
    }

    private Citations(java.util.function.BiFunction<String, Object[], String> messages) {
        this.messages = messages;
    }

    /** The text with every internal citation replaced; null stays null. */
    public String text(String raw) {
        return render(raw, messages);
    }

    /** Whether a text holds a citation in the internal form (cheap test first). */
    public static boolean hasInternalForm(String text) {
        return text != null && (text.indexOf('§') >= 0 || text.indexOf('#') >= 0) && INTERNAL.matcher(text).find();
    }

    /** For the platform's message source itself, which cannot wait for this bean. */
    public static String render(String raw, MessageSource messages) {
        return render(raw, (key, args) -> messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
    }

    /** With any message lookup (key, arguments → text), e.g. a template engine's. */
    public static String render(String raw, java.util.function.BiFunction<String, Object[], String> messages) {
        if (raw == null || raw.indexOf('0') < 0) {
            return raw;
        }
        Matcher m = INTERNAL.matcher(raw);
        if (!m.find()) {
            return raw;
        }
        Citations citations = new Citations(messages);
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(citations.cite(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private String cite(Matcher m) {
        String unit = "§".equals(m.group(2)) ? "citation.article" : "citation.measure";
        StringBuilder articles = new StringBuilder(article(unit, Integer.parseInt(m.group(3))));
        Matcher more = MORE.matcher(m.group(4));
        while (more.find()) {
            String separator = more.group(1);
            articles.append(message(separator.matches("[–—\\-~]") ? "citation.to" : "citation.and"))
                    .append(article(unit, Integer.parseInt(more.group(2))));
        }
        return message("citation.title." + m.group(1)) + articles;
    }

    private String article(String unit, int number) {
        return messages.apply(unit, new Object[] {numeral(number)});
    }

    private String message(String key) {
        return messages.apply(key, null);
    }

    /** Chinese numerals as articles are numbered: 5 五, 10 十, 15 十五, 51 五十一, 105 一百零五. */
    static String numeral(int n) {
        return cn.yingshang.shared.ChineseText.numeral(n);
    }
}
