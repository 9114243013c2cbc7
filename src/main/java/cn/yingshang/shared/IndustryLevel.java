package cn.yingshang.shared;

/** The four levels of GB/T 4754-2017, told apart by the number of digits after the section letter. */
public enum IndustryLevel {
    /** 门类: a letter, e.g. C. */
    SECTION("门类", 0),
    /** 大类: two digits, e.g. C13. */
    DIVISION("大类", 2),
    /** 中类: three digits, e.g. C131. */
    GROUP("中类", 3),
    /** 小类: four digits, e.g. C1311. */
    CLASS("小类", 4);

    private final String label;
    private final int digits;

    IndustryLevel(String label, int digits) {
        this.label = label;
        this.digits = digits;
    }

    public String label() {
        return label;
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
