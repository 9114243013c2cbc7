package cn.yingshang.shared;

/** The four levels of GB/T 4754-2017, told apart by the number of digits after the section letter. */
public enum IndustryLevel implements Labelled {
    /** 门类: a letter, e.g. C. */
    SECTION(0),
    /** 大类: two digits, e.g. C13. */
    DIVISION(2),
    /** 中类: three digits, e.g. C131. */
    GROUP(3),
    /** 小类: four digits, e.g. C1311. */
    CLASS(4);
    private final int digits;

    IndustryLevel(int digits) {
        this.digits = digits;
    }

    @Override
    public String messageKey() {
        return "industry-level." + name();
    }

    static IndustryLevel ofDigits(int digits) {
        for (IndustryLevel level : values()) {
            if (level.digits == digits) {
                return level;
            }
        }
        throw new IllegalArgumentException("no industry level with " + digits + " digits");
    }
}
