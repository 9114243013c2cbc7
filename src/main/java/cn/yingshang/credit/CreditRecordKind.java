package cn.yingshang.credit;

import cn.yingshang.platform.Text;
/** The kinds of credit record the platform keeps. */
public enum CreditRecordKind {
    LICENCE("credit.creditRecordKind.LICENCE"),
    PENALTY("credit.creditRecordKind.PENALTY"),
    INSPECTION_RESULT("credit.creditRecordKind.INSPECTION_RESULT"),
    JUDGMENT_DEFAULTER("credit.creditRecordKind.JUDGMENT_DEFAULTER"),
    TAX_LEVEL("credit.creditRecordKind.TAX_LEVEL"),
    TAX_ARREARS("credit.creditRecordKind.TAX_ARREARS"),
    SUBSIDY_MISUSE("credit.creditRecordKind.SUBSIDY_MISUSE"),
    COMMITMENT_BREACH("credit.creditRecordKind.COMMITMENT_BREACH"),
    HONOUR("credit.creditRecordKind.HONOUR");

    private final String key;

    CreditRecordKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The label in the request's language. */
    public String label() {
        return Text.of(key);
    }
}
