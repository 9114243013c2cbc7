package cn.yingshang.publication.internal;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecordPublished;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.services.ServiceCaseFinished;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.RegionCode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the owning modules' decisions into 双公示 rows: a granted licensing service case (services),
 * and licence and penalty records reported to credit by departments. Inspection results reach credit
 * as inspection records, not penalty decisions; a penalty decided on one is reported as a penalty
 * record and is published from there. Fields the sources do not hold (法定代表人, 罚款金额 …) stay empty.
 */
@Component
class DecisionIntake {

    static final RegionCode WHOLE_REGION = RegionCode.of("650000");

    private final DecisionFeed feed;
    private final MarketEntities entities;
    private final Departments departments;
    private final MessageSource messages;

    DecisionIntake(DecisionFeed feed, MarketEntities entities, Departments departments, MessageSource messages) {
        this.feed = feed;
        this.entities = entities;
        this.departments = departments;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ServiceCaseFinished c) {
        if (!"GRANTED".equals(c.outcome()) || !"LICENSING".equals(c.itemType()) || c.creditCode() == null) {
            return;
        }
        Optional<MarketEntity> entity = entity(c.creditCode().value());
        Map<String, String> f = subject(c.creditCode().value(), entity);
        f.put("documentName", text("publication.licence.documentName"));
        f.put("documentNumber", text("publication.licence.caseNumber", c.caseId()));
        f.put("licenceCategory", text(c.itemName().endsWith(text("publication.licence.registrationSuffix"))
                ? "publication.licence.category.REGISTRATION" : "publication.licence.category.GENERAL"));
        f.put("certificateName", c.itemName());
        f.put("certificateNumber", c.licenceCode() == null ? "" : c.licenceCode());
        f.put("content", c.itemName() + (c.basis() == null || c.basis().isBlank() ? "" : text("publication.licence.basis", c.basis())));
        f.put("decidedOn", c.decidedOn().toString());
        f.put("validFrom", c.decidedOn().toString());
        f.put("authority", c.departmentCode());
        f.put("status", text("publication.licence.status.VALID"));
        f.put("sourceUnit", c.departmentCode());
        RegionCode region = region(c.regionCode() == null ? null : c.regionCode().code(), entity);
        feed.publish(DecisionKind.LICENSING, "services", "case-" + c.caseId(), c.creditCode().value(), region, c.decidedOn(), f);
    }

    @ApplicationModuleListener
    void on(CreditRecordPublished r) {
        if (r.kind() != CreditRecordKind.PENALTY && r.kind() != CreditRecordKind.LICENCE) {
            return;
        }
        Optional<MarketEntity> entity = entity(r.creditCode().value());
        Map<String, String> f = subject(r.creditCode().value(), entity);
        String authority = departments.all().stream().filter(d -> r.sourceDepartmentCode().equals(d.code()))
                .map(Department::name).findFirst().orElse(r.sourceDepartmentCode());
        f.put("decidedOn", r.decidedOn().toString());
        f.put("authority", authority);
        f.put("sourceUnit", authority);
        DecisionKind kind;
        if (r.kind() == CreditRecordKind.PENALTY) {
            kind = DecisionKind.PENALTY;
            f.put("decisionNumber", r.sourceRecordId());
            f.put("violationFacts", r.summary());
            f.put("basis", r.basis());
            f.put("penaltyContent", r.summary());
            f.put("publicUntil", r.publicUntil() == null ? "" : r.publicUntil().minusDays(1).toString());
        } else {
            kind = DecisionKind.LICENSING;
            f.put("documentName", text("publication.licence.documentName"));
            f.put("documentNumber", r.sourceRecordId());
            f.put("licenceCategory", text("publication.licence.category.GENERAL"));
            f.put("content", r.summary() == null || r.summary().isBlank() ? r.basis() : r.summary());
            f.put("validFrom", r.decidedOn().toString());
            f.put("status", text("publication.licence.status.VALID"));
        }
        feed.publish(kind, "credit", "record-" + r.recordId(), r.creditCode().value(), region(null, entity), r.decidedOn(), f);
    }

    private Optional<MarketEntity> entity(String creditCode) {
        try {
            return entities.find(CreditCode.of(creditCode));
        } catch (RuntimeException e) {
            return Optional.empty();  // a code the registry does not know still gets published under its code
        }
    }

    private Map<String, String> subject(String creditCode, Optional<MarketEntity> entity) {
        Map<String, String> f = new HashMap<>();
        f.put("subjectName", entity.map(MarketEntity::name).orElse(""));
        f.put("subjectCategory", text(entity.map(MarketEntity::kind).orElse(EntityKind.ENTERPRISE) == EntityKind.INDIVIDUAL
                ? "publication.subject.INDIVIDUAL" : "publication.subject.LEGAL_PERSON"));
        f.put("creditCode", creditCode);
        return f;
    }

    private static RegionCode region(String code, Optional<MarketEntity> entity) {
        if (entity.isPresent()) {
            return entity.get().region();
        }
        try {
            return code == null ? WHOLE_REGION : RegionCode.of(code);
        } catch (RuntimeException e) {
            return WHOLE_REGION;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.CHINA);
    }
}
