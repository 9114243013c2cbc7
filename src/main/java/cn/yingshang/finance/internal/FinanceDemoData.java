package cn.yingshang.finance.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.JobLocks;
import cn.yingshang.platform.Role;
import cn.yingshang.registry.EntityKind;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.EntityStatus;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.EnterpriseSize;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start with demo data on: two banks, the bank officer {@code bank1}, two loan products, and
 * a few SMEs (not the demo enterprise accounts, whose journeys the tests walk) with needs, consents and
 * outcomes, so the figures have something to count. Needs are stated after each SME's establishment
 * and loans after their needs, all before today. Texts come from the bundle.
 */
@Component
@Order(61)
class FinanceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FinanceDemoData.class);
    static final String BANK_USER = "bank1";

    private final Banks banks;
    private final Needs needs;
    private final Consents consents;
    private final MarketEntities entities;
    private final Accounts accounts;
    private final FinanceMessages messages;
    private final JobLocks jobLocks;
    private final Clock clock;
    private final boolean enabled;

    FinanceDemoData(Banks banks, Needs needs, Consents consents, MarketEntities entities, Accounts accounts,
                    FinanceMessages messages, JobLocks jobLocks, Clock clock, @Value("${yingshang.demo.enabled:false}") boolean enabled) {
        this.banks = banks;
        this.needs = needs;
        this.consents = consents;
        this.entities = entities;
        this.accounts = accounts;
        this.messages = messages;
        this.jobLocks = jobLocks;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        jobLocks.runAlone(JobLocks.START_UP, this::seedOnce);
    }

    private void seedOnce() {
        if (!enabled || entities.count() == 0 || banks.count() > 0) {
            return;
        }
        long tianshan = banks.insert(messages.text("finance.demo.bank1"), "650100", messages.text("finance.demo.contact1"), "0991-0000001");
        long silkRoad = banks.insert(messages.text("finance.demo.bank2"), "650500", messages.text("finance.demo.contact2"), "0902-0000002");
        if (accounts.byUsername(BANK_USER).isEmpty()) {
            accounts.createDemoAccount(new Accounts.NewAccount(BANK_USER, "Demo@2025", messages.text("finance.demo.officer"),
                    Role.BANK, null, null, null));
        }
        banks.bind(accounts.byUsername(BANK_USER).orElseThrow().id(), tianshan);
        EnumSet<EnterpriseSize> smes = EnumSet.of(EnterpriseSize.MEDIUM, EnterpriseSize.SMALL, EnterpriseSize.MICRO);
        long creditProduct = banks.insertProduct(tianshan, messages.text("finance.demo.product1"), true, new BigDecimal("300"), 36,
                new BigDecimal("3.45"), smes, EnumSet.of(CreditRiskClass.A, CreditRiskClass.B), true, 1, null);
        long pledgeProduct = banks.insertProduct(tianshan, messages.text("finance.demo.product2"), false, new BigDecimal("1000"), 12,
                new BigDecimal("3.85"), EnumSet.noneOf(EnterpriseSize.class), EnumSet.noneOf(CreditRiskClass.class), true, 0, null);
        banks.insertProduct(silkRoad, messages.text("finance.demo.product3"), true, new BigDecimal("100"), 12,
                new BigDecimal("3.60"), EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO), EnumSet.noneOf(CreditRiskClass.class), true, 2,
                // a local bank's further condition in the policy rule format: it lends to enterprises registered in Hami
                java.util.Map.of("attr", "region", "op", "prefix", "value", "6505"));

        LocalDate today = LocalDate.now(clock);
        List<MarketEntity> borrowers = entities.search(new EntitySearch("", "65", null, 0, 300)).items().stream()
                .filter(e -> e.kind() == EntityKind.ENTERPRISE && e.status() == EntityStatus.ACTIVE && e.isSme()
                        && e.established().isBefore(today.minusDays(200)))
                .skip(20).limit(4).toList();
        int i = 0;
        for (MarketEntity borrower : borrowers) {
            LocalDate stated = today.minusDays(90 - i * 15L);
            long need = needs.insert(borrower.creditCode().value(), borrower.name(), borrower.region().code(),
                    borrower.size() == null ? null : borrower.size().name(), new BigDecimal(50 + i * 40), 12,
                    messages.text("finance.demo.purpose" + (i % 2)), i % 2 == 0 ? List.of() : List.of(Collateral.RECEIVABLES), stated);
            consents.grant(borrower.creditCode().value(), tianshan, stated.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
            Need n = needs.find(need).orElseThrow();
            if (i < 3) {
                LocalDate lent = stated.plusDays(12 + i * 4L);
                boolean credit = i % 2 == 0;
                needs.insertLoan(n, tianshan, credit ? creditProduct : pledgeProduct, "GRANTED", new BigDecimal(50 + i * 40),
                        new BigDecimal(credit ? "3.45" : "3.85"), credit, null, lent);
                needs.markMet(need, lent);
            } else {
                needs.insertLoan(n, tianshan, null, "REFUSED", null, null, false, messages.text("finance.demo.refusal"), stated.plusDays(9));
            }
            i++;
        }
        log.info("Loaded financing demo data: 2 banks, {} needs", borrowers.size());
    }
}
