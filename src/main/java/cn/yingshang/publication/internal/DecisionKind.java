package cn.yingshang.publication.internal;

import java.util.List;

/**
 * The two lists of 双公示 and their columns in the order of the national 《行政许可和行政处罚等信用信息
 * 数据标准》 (the 信用中国 reporting template). Each key is the API field name; its Chinese column
 * heading is the bundle key {@code publication.field.<key>}.
 */
@cn.yingshang.shared.DomainType
enum DecisionKind {
    LICENSING(List.of("subjectName", "subjectCategory", "creditCode", "legalRepresentative", "documentName",
            "documentNumber", "licenceCategory", "certificateName", "certificateNumber", "content", "decidedOn",
            "validFrom", "validUntil", "authority", "authorityCreditCode", "status", "sourceUnit", "sourceUnitCreditCode",
            "remarks")),
    PENALTY(List.of("subjectName", "subjectCategory", "creditCode", "legalRepresentative", "decisionNumber",
            "violationType", "violationFacts", "basis", "penaltyCategory", "penaltyContent", "fineAmount",
            "confiscatedAmount", "licenceSuspended", "decidedOn", "validUntil", "publicUntil", "authority",
            "authorityCreditCode", "sourceUnit", "sourceUnitCreditCode", "remarks"));

    /** 7 working days from the decision (国发〔2016〕33号, 国办发〔2019〕35号: 作出行政决定之日起7个工作日内). */
    static final int DUE_WORKING_DAYS = 7;

    private final List<String> fields;

    DecisionKind(List<String> fields) {
        this.fields = fields;
    }

    List<String> fields() {
        return fields;
    }
}
