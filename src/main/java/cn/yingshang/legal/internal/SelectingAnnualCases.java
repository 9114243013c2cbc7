package cn.yingshang.legal.internal;

import cn.yingshang.appeal.PublishedAppealCases;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.ListPage;
import cn.yingshang.platform.PageOf;
import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual ten typical cases of the rule-of-law business environment (002 #45): the office chooses them from every
 * module's published cases of that year (courts' and procuratorates' typical cases, published appeal cases), each
 * with its rank and the reason it was chosen, and publishes the ten together; withdrawn, the year may be chosen again.
 * Supervisors read the selection; nobody else sees it before it is published.
 */
@Component
class SelectingAnnualCases {

    static final int TEN = 10;
    static final int MAX_REASON = 500;

    public record Candidate(AnnualCaseSource source, long id, String title, String summary, String publisher, LocalDate on) {
    }

    record Choice(AnnualCaseSource source, Long sourceId, Integer rank, String reason) {
    }

    public record Year(AnnualTypicalCases.Selection selection, List<AnnualTypicalCases.Chosen> chosen) {
    }

    private final AnnualTypicalCases annual;
    private final TypicalCases legalCases;
    private final PublishedAppealCases appealCases;
    private final PoliticalLegalBodies bodies;
    private final LegalMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    SelectingAnnualCases(AnnualTypicalCases annual, TypicalCases legalCases, PublishedAppealCases appealCases,
                         PoliticalLegalBodies bodies, LegalMessages messages, AuditLog audit, Clock clock) {
        this.annual = annual;
        this.legalCases = legalCases;
        this.appealCases = appealCases;
        this.bodies = bodies;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The office and administrators choose; supervisors only read. */
    static boolean mayChoose(SignedInUser user) {
        return PoliticalLegalBodies.supervises(user) && (user.role() == Role.OFFICE || user.role() == Role.ADMIN);
    }

    void requireReader(SignedInUser user) {
        if (!PoliticalLegalBodies.supervises(user)) {
            throw new AccessDeniedException("legal.supervise");
        }
    }

    private void requireChooser(SignedInUser user) {
        if (!mayChoose(user)) {
            throw new AccessDeniedException("legal.annual.officeOnly");
        }
    }

    int year(Integer requested) {
        int current = LocalDate.now(clock).getYear();
        if (requested == null) {
            return current;
        }
        if (requested < 2000 || requested > current) {
            throw messages.violation("year", "legal.typical.yearInvalid", current);
        }
        return requested;
    }

    /** The year's draft or published selection as the office sees it. */
    Year selection(int year, SignedInUser user) {
        requireReader(user);
        return new Year(annual.selection(year).orElse(null), annual.chosen(year));
    }

    /** One page of the published cases of the year from one source, for choosing. */
    PageOf<Candidate> candidates(int year, AnnualCaseSource source, String search, ListPage page, SignedInUser user) {
        requireReader(user);
        if (source == AnnualCaseSource.APPEAL) {
            return appealCases.closedIn(year, search, page).map(this::candidate);
        }
        return legalCases.published(search, year, page).map(this::candidate);
    }

    private Candidate candidate(TypicalCase c) {
        return new Candidate(AnnualCaseSource.LEGAL, c.id(), c.title(), c.summary(), bodies.name(c.bodyId()), c.publishedOn());
    }

    private Candidate candidate(PublishedAppealCases.PublishedCase c) {
        return new Candidate(AnnualCaseSource.APPEAL, c.id(), messages.text("legal.annual.appealTitle", c.category(), c.region()),
                c.summary(), messages.text("legal.annual.appealPublisher"), c.closedOn());
    }

    /** The case as it stands now, if it is still published and belongs to the year. */
    private Optional<Candidate> published(int year, AnnualCaseSource source, long id) {
        if (source == AnnualCaseSource.APPEAL) {
            return appealCases.published(id).filter(c -> c.closedOn() != null && c.closedOn().getYear() == year).map(this::candidate);
        }
        return legalCases.find(id).filter(c -> "PUBLISHED".equals(c.status()) && c.caseYear() == year).map(this::candidate);
    }

    @Transactional
    void choose(int year, Choice choice, SignedInUser user) {
        requireChooser(user);
        if (choice.source() == null) {
            throw messages.violation("source", "legal.annual.sourceRequired");
        }
        if (choice.rank() == null || choice.rank() < 1 || choice.rank() > TEN) {
            throw messages.violation("rank", "legal.annual.rankInvalid", TEN);
        }
        String reason = choice.reason() == null ? "" : choice.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw messages.violation("reason", "legal.annual.reasonRequired", MAX_REASON);
        }
        Candidate c = choice.sourceId() == null ? null : published(year, choice.source(), choice.sourceId()).orElse(null);
        if (c == null) {
            throw messages.violation("sourceId", "legal.annual.notPublished", year);
        }
        annual.openDraft(year, user.username());
        if (!annual.selection(year).orElseThrow().editable()) {
            throw messages.violation("_form", "legal.annual.alreadyPublished", year);
        }
        if (!annual.add(year, new AnnualTypicalCases.Chosen(choice.rank(), c.source(), c.id(), c.title(), c.summary(), c.publisher(), reason))) {
            throw messages.violation("rank", "legal.annual.rankOrCaseTaken", choice.rank());
        }
        audit.record("legal.annual.choose", "legal_annual_case", year + "/" + choice.rank(), null, c.source() + ":" + c.id());
    }

    @Transactional
    void remove(int year, int rank, SignedInUser user) {
        requireChooser(user);
        if (annual.chosen(year).stream().noneMatch(c -> c.rank() == rank)) {
            throw new NoSuchElementException(messages.text("legal.annual.noSuchRank", rank));
        }
        annual.remove(year, rank);
        audit.record("legal.annual.remove", "legal_annual_case", year + "/" + rank, null, null);
    }

    /** All ten, each still published where it came from, or nothing is published. */
    @Transactional
    void publish(int year, SignedInUser user) {
        requireChooser(user);
        List<AnnualTypicalCases.Chosen> chosen = annual.chosen(year);
        if (chosen.size() != TEN) {
            throw messages.violation("_form", "legal.annual.needTen", TEN, chosen.size());
        }
        for (AnnualTypicalCases.Chosen c : chosen) {
            if (published(year, c.source(), c.sourceId()).isEmpty()) {
                throw messages.violation("_form", "legal.annual.sourceWithdrawn", c.rank(), c.title());
            }
        }
        annual.publish(year, LocalDate.now(clock), user.username());
        audit.record("legal.annual.publish", "legal_annual_selection", String.valueOf(year), "DRAFT", "PUBLISHED");
    }

    @Transactional
    void withdraw(int year, String reason, SignedInUser user) {
        requireChooser(user);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw messages.violation("reason", "legal.annual.reasonRequired", MAX_REASON);
        }
        annual.withdraw(year, LocalDate.now(clock), r, user.username());
        audit.record("legal.annual.withdraw", "legal_annual_selection", String.valueOf(year), "PUBLISHED", "WITHDRAWN");
    }

    /** What 信息公开 shows: the year's ten once published; empty before and after withdrawal. */
    Optional<Year> publishedYear(Integer requested) {
        Optional<Integer> year = requested != null ? Optional.of(requested) : annual.latestPublishedYear();
        return year.flatMap(annual::selection).filter(s -> s.status() == AnnualTypicalCases.Status.PUBLISHED)
                .map(s -> new Year(s, annual.chosen(s.year())));
    }
}
