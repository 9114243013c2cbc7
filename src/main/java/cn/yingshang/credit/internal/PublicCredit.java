package cn.yingshang.credit.internal;

import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.registry.EntitySearch;
import cn.yingshang.registry.MarketEntities;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.shared.CreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * 信息公开 credit query: only records public on the day, list entries in force and commitments; no
 * personal data (ID numbers and phone numbers in summaries are masked; the risk class is for
 * supervision, not publication).
 */
@Service
class PublicCredit {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{6}(19|20)\\d{2}[01]\\d[0-3]\\d{4}[\\dXx]");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

    record PublicRecord(String kind, LocalDate decidedOn, String basis, String severity, String department, String summary,
                        LocalDate publicUntil) {
    }

    record PublicListEntry(String listName, String basis, LocalDate since, LocalDate until, Set<DishonestyMeasure> measures) {
    }

    record PublicProfile(String creditCode, String name, List<PublicRecord> records, List<PublicListEntry> lists,
                         List<CreditCommitments.Commitment> commitments) {
    }

    record Match(String creditCode, String name) {
    }

    private final CreditRecordStore records;
    private final DishonestyLists lists;
    private final CreditCommitments commitments;
    private final DepartmentNames names;
    private final MarketEntities entities;

    PublicCredit(CreditRecordStore records, DishonestyLists lists, CreditCommitments commitments, DepartmentNames names,
                 MarketEntities entities) {
        this.records = records;
        this.lists = lists;
        this.commitments = commitments;
        this.names = names;
        this.entities = entities;
    }

    /** By exact credit code, or by part of the name (at least two characters). */
    List<Match> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (CreditCode.check(q.toUpperCase()).valid()) {
            String code = CreditCode.of(q.toUpperCase()).value();
            return List.of(new Match(code, entities.find(CreditCode.of(code)).map(MarketEntity::name).orElse(code)));
        }
        if (q.length() < 2) {
            return List.of();
        }
        return entities.search(new EntitySearch(q, null, null, 0, 20)).items().stream()
                .map(e -> new Match(e.creditCode().value(), e.name())).toList();
    }

    Optional<PublicProfile> profile(String code, LocalDate today) {
        if (!CreditCode.check(code.toUpperCase()).valid()) {
            return Optional.empty();
        }
        String c = CreditCode.of(code.toUpperCase()).value();
        String name = entities.find(CreditCode.of(c)).map(MarketEntity::name).orElse(c);
        List<PublicRecord> shown = records.publicOf(c, today).stream()
                .map(r -> new PublicRecord(r.kind().label(), r.decidedOn(), r.basis(), r.severity() == null ? null : r.severity().label(),
                        names.nameOf(r.sourceDepartmentCode()), mask(r.summary()),
                        r.publicUntil() == null ? null : r.publicUntil().minusDays(1)))
                .toList();
        List<PublicListEntry> entries = lists.ofEntity(c).stream().filter(e -> e.inForceOn(today))
                // 003 §37: a list that bars the same kind of policy until repaired has no end date to show
                .map(e -> new PublicListEntry(e.listName(), e.basis(), e.effectiveOn(),
                        e.untilRepaired() ? null : e.endsOn().minusDays(1), e.measures()))
                .toList();
        return Optional.of(new PublicProfile(c, name, shown, entries, commitments.publishedOfEntity(c)));
    }

    static String mask(String text) {
        if (text == null) {
            return "";
        }
        String masked = ID_NUMBER.matcher(text).replaceAll(m -> m.group().substring(0, 3) + "***********" + m.group().substring(14));
        return PHONE.matcher(masked).replaceAll(m -> m.group().substring(0, 3) + "****" + m.group().substring(7));
    }
}
