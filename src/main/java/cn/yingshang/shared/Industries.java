package cn.yingshang.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The catalogue of GB/T 4754-2017 sections and divisions, read once from {@code reference/industries.csv}. */
public final class Industries {

    private static final List<IndustryCode> SECTIONS = ofLevel(IndustryLevel.SECTION);
    private static final List<IndustryCode> DIVISIONS = ofLevel(IndustryLevel.DIVISION);

    private Industries() {
    }

    /** The 20 sections A–T. */
    public static List<IndustryCode> sections() {
        return SECTIONS;
    }

    /** The 97 divisions 01–97, each with its section letter. */
    public static List<IndustryCode> divisions() {
        return DIVISIONS;
    }

    /** The divisions of one section, e.g. {@code C13}…{@code C43} for {@code 'C'}; empty for an unknown letter. */
    public static List<IndustryCode> divisionsOf(char section) {
        char letter = Character.toUpperCase(section);
        return DIVISIONS.stream().filter(d -> d.section() == letter).toList();
    }

    /** The code for a string, or empty when it is not a valid industry code. */
    public static Optional<IndustryCode> find(String code) {
        try {
            return Optional.of(IndustryCode.of(code));
        } catch (DomainViolation invalid) {
            return Optional.empty();
        }
    }

    private static List<IndustryCode> ofLevel(IndustryLevel level) {
        List<IndustryCode> codes = new ArrayList<>();
        for (String code : IndustryTable.codes()) {
            IndustryCode industry = IndustryCode.of(code);
            if (industry.level() == level) {
                codes.add(industry);
            }
        }
        return List.copyOf(codes);
    }
}
