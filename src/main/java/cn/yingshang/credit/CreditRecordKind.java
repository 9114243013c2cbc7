package cn.yingshang.credit;

/** The kinds of credit record the platform keeps. */
public enum CreditRecordKind {
    LICENCE("行政许可"),
    PENALTY("行政处罚"),
    INSPECTION_RESULT("检查结果"),
    JUDGMENT_DEFAULTER("失信被执行人"),
    TAX_LEVEL("纳税信用等级"),
    TAX_ARREARS("欠税"),
    SUBSIDY_MISUSE("骗取、挪用补贴"),
    COMMITMENT_BREACH("违背信用承诺"),
    HONOUR("表彰荣誉");

    private final String label;

    CreditRecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
