package cn.yingshang.legal.internal;

import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.DepartmentId;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.Numbers;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.reference.WorkingCalendars;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 004 #43: the appointed administrator queries the debtor's property information online. The court registers the
 * administrator's market entity and its appointment decision; the identity check is that entity's own signed-in
 * account presenting that decision's number, only in the case it administers and only while the case is open. Every
 * query, answer and failed identity check is audited; the court sees the whole log.
 */
@Component
class QueryingDebtorProperty {

    static final String ANSWER = "PROPERTY_QUERY_ANSWER";

    private final HandlingBankruptcy bankruptcy;
    private final BankruptcyCases cases;
    private final PropertyQueries queries;
    private final PoliticalLegalBodies bodies;
    private final Departments departments;
    private final MarketEntities entities;
    private final LegalTimeLimits limits;
    private final WorkingCalendars calendars;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    QueryingDebtorProperty(HandlingBankruptcy bankruptcy, BankruptcyCases cases, PropertyQueries queries, PoliticalLegalBodies bodies,
                           Departments departments, MarketEntities entities, LegalTimeLimits limits, WorkingCalendars calendars,
                           LegalMessages messages, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.bankruptcy = bankruptcy;
        this.cases = cases;
        this.queries = queries;
        this.bodies = bodies;
        this.departments = departments;
        this.entities = entities;
        this.limits = limits;
        this.calendars = calendars;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The court that accepted the case names the administrator's entity after appointing it. */
    @Transactional
    void registerAdministrator(long caseId, String creditCode, String decisionNumber, SignedInUser clerk) {
        BankruptcyCase c = bankruptcy.ownCase(caseId, clerk);
        if (!"ADMINISTERED".equals(c.status())) {
            throw messages.violation(null, "legal.property.appointFirst");
        }
        CreditCode code;
        try {
            code = CreditCode.of(creditCode == null ? "" : creditCode.strip());
        } catch (RuntimeException e) {
            throw messages.violation("administratorCode", "legal.creditCode.invalid");
        }
        if (code.value().equals(c.creditCode())) {
            throw messages.violation("administratorCode", "legal.property.notTheDebtor");
        }
        String name = entities.find(code).map(MarketEntity::name)
                .orElseThrow(() -> messages.violation("administratorCode", "legal.creditCode.unknown"));
        String number = LegalInput.required(messages, decisionNumber, "decisionNumber", "legal.property.decisionRequired");
        queries.grant(caseId, code.value(), name, number, LocalDate.now(clock));
        audit.record("legal.property.administrator", "legal_bankruptcy_case", String.valueOf(caseId), null, code.value());
    }

    /** The case, when the signed-in account is the administrator the court registered for it and the case is open. */
    AdministratorAccess administering(long caseId, SignedInUser user) {
        if (user.role() != cn.yingshang.platform.Role.ENTERPRISE || user.creditCode() == null) {
            throw new AccessDeniedException("legal.property.administratorsOnly");
        }
        return queries.access(caseId).filter(a -> a.creditCode().equals(user.creditCode()))
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
    }

    /**
     * Asks each chosen holder once a day; the platform's own data answers at once, departments of the court's region
     * (or the nearest above) answer within the office's limit on the region's working days.
     */
    List<Long> ask(long caseId, String decisionNumber, Collection<PropertyHolder> holders, SignedInUser user) {
        AdministratorAccess access = administering(caseId, user);
        if (decisionNumber == null || !access.decisionNumber().equals(decisionNumber.strip())) {
            // outside the query's transaction, so that the failed identity check stays in the audit log
            audit.record("legal.property.identityRefused", "legal_bankruptcy_case", String.valueOf(caseId), null, user.creditCode());
            throw messages.violation("decisionNumber", "legal.property.identityFailed");
        }
        return transactions.execute(status -> askChecked(caseId, holders, user));
    }

    private List<Long> askChecked(long caseId, Collection<PropertyHolder> holders, SignedInUser user) {
        BankruptcyCase c = cases.find(caseId).orElseThrow();
        if (!c.open()) {
            throw messages.violation(null, "legal.bankruptcy.concluded");
        }
        if (holders == null || holders.isEmpty()) {
            throw messages.violation("holders", "legal.property.holdersRequired");
        }
        Department court = bodies.require(c.courtId());
        LocalDate today = LocalDate.now(clock);
        LocalDate due = limits.get(ANSWER).due(today, calendars.forRegion(court.region()));
        MarketEntity debtor = entities.find(CreditCode.of(c.creditCode())).orElse(null);
        List<Long> asked = new ArrayList<>();
        for (PropertyHolder holder : holders.stream().distinct().sorted().toList()) {
            if (holder.onPlatform()) {
                Long id = queries.ask(caseId, holder, null, user.accountId(), today, null).orElse(null);
                if (id != null) {
                    queries.answer(id, platformAnswer(holder, c, debtor), today);
                    asked.add(id);
                }
                continue;
            }
            Department d = departments.responsibleFor(court.region(), holder.department())
                    .orElseThrow(() -> messages.violation("holders", "legal.property.noHolder"));
            queries.ask(caseId, holder, d.id().value(), user.accountId(), today, due).ifPresent(asked::add);
        }
        audit.record("legal.property.query", "legal_bankruptcy_case", String.valueOf(caseId), null,
                holders.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        return asked;
    }

    /** The department asked answers on its workbench; another department cannot see the query. */
    @Transactional
    void answer(long queryId, String answer, SignedInUser official) {
        PropertyQuery q = queries.find(queryId).filter(x -> x.departmentId() != null
                        && departments.actsFor(official, DepartmentId.of(x.departmentId())))
                .orElseThrow(() -> new NoSuchElementException(messages.text("legal.bankruptcy.notFound")));
        String a = LegalInput.required(messages, answer, "answer", "legal.property.answerRequired");
        queries.answer(q.id(), a, LocalDate.now(clock));
        audit.record("legal.property.answer", "legal_property_query", String.valueOf(queryId), null, "ANSWERED");
    }

    private String platformAnswer(PropertyHolder holder, BankruptcyCase c, MarketEntity debtor) {
        if (debtor == null) {
            return messages.text("legal.property.notInRegistry", c.creditCode());
        }
        if (holder == PropertyHolder.REGISTRY) {
            return messages.text("legal.property.registryAnswer", debtor.name(), debtor.status().label(),
                    debtor.registeredCapital() == null ? "-" : Numbers.figure(debtor.registeredCapital()),
                    debtor.assets() == null ? "-" : Numbers.figure(debtor.assets()),
                    entities.abnormalPeriods(debtor.creditCode()).size());
        }
        String filings = entities.taxFilings(debtor.creditCode()).stream()
                .map(f -> messages.text(f.filed() ? "legal.property.taxFiled" : "legal.property.taxNotFiled", String.valueOf(f.year())))
                .collect(Collectors.joining(messages.text("legal.bankruptcy.tally.separator")));
        return messages.text("legal.property.taxAnswer", filings.isEmpty() ? "-" : filings);
    }
}
