package cn.yingshang.appeal.internal;

import cn.yingshang.platform.AuditLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores validated appeals, many at a time, in the caller's transaction: one multi-row INSERT for
 * the appeals, one for their first timeline entries and one for the audit entries, whatever the
 * batch size. Ids and tracking numbers are drawn from the sequences first, so every stored row can
 * be matched to its request without relying on the order of RETURNING. A 12345 ticket that occurs
 * twice — in the batch or already in the table — yields one appeal and the same receipt.
 */
@Component
class IntakeStore {

    /** Everything about one appeal that validation produced, ready to be written. */
    record PreparedAppeal(String ticket, AppealType type, String category, Channel channel, String regionCode, String title,
                          String content, boolean anonymous, byte[] nameEnc, byte[] phoneEnc, byte[] codeEnc,
                          Long requesterAccountId, String requesterKey, Deadline dispatch, Instant submittedAt,
                          LocalDate submittedOn, List<SubmittingAppeal.Attachment> attachments, String eventActor,
                          String eventNote, String auditActor, String publicCode, String accessCode) {

        /** A new appeal with fresh tracking codes; a retried store reuses this object, so its receipt keeps them. */
        PreparedAppeal(String ticket, AppealType type, String category, Channel channel, String regionCode, String title,
                       String content, boolean anonymous, byte[] nameEnc, byte[] phoneEnc, byte[] codeEnc,
                       Long requesterAccountId, String requesterKey, Deadline dispatch, Instant submittedAt,
                       LocalDate submittedOn, List<SubmittingAppeal.Attachment> attachments, String eventActor,
                       String eventNote, String auditActor) {
            this(ticket, type, category, channel, regionCode, title, content, anonymous, nameEnc, phoneEnc, codeEnc,
                    requesterAccountId, requesterKey, dispatch, submittedAt, submittedOn, attachments, eventActor, eventNote,
                    auditActor, TrackingCodes.newPublicCode(), TrackingCodes.newAccessCode());
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    IntakeStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One receipt per appeal, in the order given. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<SubmittingAppeal.Receipt> storeAll(List<PreparedAppeal> batch) {
        return storeAll(batch, drawKeys(batch.size()));
    }

    /**
     * As {@link #storeAll(List)}, with {@code allKeys[i]} = [appeal id, tracking sequence] of {@code batch[i]}
     * drawn beforehand. Storing again with the same keys after a commit whose outcome was unknown (the
     * connection dropped during COMMIT) writes nothing twice and answers with the same receipts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<SubmittingAppeal.Receipt> storeAll(List<PreparedAppeal> batch, long[][] allKeys) {
        // the first occurrence of each ticket is the one written; later ones answer with its receipt
        Map<String, Integer> firstWithTicket = new HashMap<>();
        List<Integer> toWrite = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            String t = batch.get(i).ticket();
            if (t == null || firstWithTicket.putIfAbsent(t, i) == null) {
                toWrite.add(i);
            }
        }
        long[][] keys = toWrite.stream().map(i -> allKeys[i]).toArray(long[][]::new);
        SubmittingAppeal.Receipt[] receipts = new SubmittingAppeal.Receipt[batch.size()];
        Set<Long> inserted = insertAppeals(batch, toWrite, keys);
        List<String> alreadyStored = new ArrayList<>();
        List<Integer> created = new ArrayList<>();
        for (int k = 0; k < toWrite.size(); k++) {
            int i = toWrite.get(k);
            PreparedAppeal p = batch.get(i);
            if (inserted.contains(keys[k][0])) {
                receipts[i] = new SubmittingAppeal.Receipt(keys[k][0], trackingNumber(p.submittedOn(), keys[k][1]), true,
                        p.publicCode(), p.accessCode());
                created.add(i);
            } else if (p.ticket() == null) {
                // only its own id can have conflicted: an earlier attempt of this same request did commit
                receipts[i] = new SubmittingAppeal.Receipt(keys[k][0], trackingNumber(p.submittedOn(), keys[k][1]), true,
                        p.publicCode(), p.accessCode());
            } else {
                alreadyStored.add(p.ticket());
            }
        }
        Map<String, SubmittingAppeal.Receipt> existing = existingByTicket(alreadyStored);
        for (int i = 0; i < batch.size(); i++) {
            String t = batch.get(i).ticket();
            if (receipts[i] == null) {
                SubmittingAppeal.Receipt first = receipts[firstWithTicket.get(t)];
                SubmittingAppeal.Receipt r = first != null ? first : existing.get(t);
                // the access code was given once, with the first receipt; a repeated ticket gets the public code only
                receipts[i] = new SubmittingAppeal.Receipt(r.id(), r.trackingNumber(), false, r.publicCode(), null);
            }
        }
        for (int i : created) {
            for (SubmittingAppeal.Attachment f : batch.get(i).attachments()) {
                jdbc.sql("INSERT INTO appeal_attachment (appeal_id, filename, content_type, size_bytes, data) VALUES (:a, :f, :c, :s, :d)")
                        .param("a", receipts[i].id()).param("f", f.filename())
                        .param("c", f.contentType() == null ? "application/octet-stream" : f.contentType())
                        .param("s", f.data().length).param("d", f.data()).update();
            }
        }
        insertEvents(batch, created, receipts);
        List<AuditLog.Entry> entries = new ArrayList<>(created.size());
        for (int i : created) {
            PreparedAppeal p = batch.get(i);
            entries.add(new AuditLog.Entry(p.auditActor(), "appeal.submit", "appeal", receipts[i].trackingNumber(), null,
                    Map.of("type", p.type().name(), "category", p.category(), "channel", p.channel().name())));
        }
        audit.recordAll(entries);
        return List.of(receipts);
    }

    static String trackingNumber(LocalDate day, long sequence) {
        return "SQ" + DAY.format(day) + String.format("%08d", sequence);
    }

    /** [appeal id, tracking sequence] for n new appeals, in one round trip. */
    long[][] drawKeys(int n) {
        if (n == 0) {
            return new long[0][];
        }
        return jdbc.sql("SELECT nextval('appeal_id_seq'), nextval('appeal_tracking_seq') FROM generate_series(1, :n)")
                .param("n", n).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().toArray(long[][]::new);
    }

    private Set<Long> insertAppeals(List<PreparedAppeal> batch, List<Integer> rows, long[][] keys) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        Columns c = new Columns(batch, rows);
        List<Long> ids = jdbc.sql("""
                        INSERT INTO appeal (id, tracking_number, public_code, access_code_hash, external_ticket, appeal_type, category, channel, status, region_code,
                          title, content, anonymous, requester_name_enc, requester_phone_enc, requester_code_enc,
                          requester_account_id, requester_key, clock_stage, clock_start, due_on, warn_on, submitted_at, submitted_on)
                        SELECT id::bigint, tn, pc, ach, ticket, type, category, channel, 'SUBMITTED', region, title, content, anon::boolean,
                          decode(name, 'hex'), decode(phone, 'hex'), decode(code, 'hex'), account::bigint, rkey, 'DISPATCH',
                          start::date, due::date, warn::date, at::timestamptz, day::date
                        FROM unnest(:id::text[], :tn::text[], :pc::text[], :ach::text[], :ticket::text[], :type::text[], :category::text[], :channel::text[],
                          :region::text[], :title::text[], :content::text[], :anon::text[], :name::text[], :phone::text[],
                          :code::text[], :account::text[], :rkey::text[], :start::text[], :due::text[], :warn::text[],
                          :at::text[], :day::text[])
                          AS t (id, tn, pc, ach, ticket, type, category, channel, region, title, content, anon, name, phone, code, account,
                                rkey, start, due, warn, at, day)
                        ON CONFLICT DO NOTHING
                        RETURNING id""")
                .param("id", c.of(k -> String.valueOf(keys[k][0])))
                .param("tn", c.of(k -> trackingNumber(batch.get(rows.get(k)).submittedOn(), keys[k][1])))
                .param("pc", c.field(PreparedAppeal::publicCode))
                .param("ach", c.field(p -> TrackingCodes.hash(p.publicCode(), p.accessCode())))
                .param("ticket", c.field(PreparedAppeal::ticket))
                .param("type", c.field(p -> p.type().name()))
                .param("category", c.field(PreparedAppeal::category))
                .param("channel", c.field(p -> p.channel().name()))
                .param("region", c.field(PreparedAppeal::regionCode))
                .param("title", c.field(PreparedAppeal::title))
                .param("content", c.field(PreparedAppeal::content))
                .param("anon", c.field(p -> String.valueOf(p.anonymous())))
                .param("name", c.field(p -> hex(p.nameEnc())))
                .param("phone", c.field(p -> hex(p.phoneEnc())))
                .param("code", c.field(p -> hex(p.codeEnc())))
                .param("account", c.field(p -> p.requesterAccountId() == null ? null : p.requesterAccountId().toString()))
                .param("rkey", c.field(PreparedAppeal::requesterKey))
                .param("start", c.field(p -> p.dispatch().start().toString()))
                .param("due", c.field(p -> p.dispatch().due().toString()))
                .param("warn", c.field(p -> p.dispatch().warnOn().toString()))
                .param("at", c.field(p -> p.submittedAt().toString()))
                .param("day", c.field(p -> p.submittedOn().toString()))
                .query(Long.class).list();
        return new HashSet<>(ids);
    }

    private void insertEvents(List<PreparedAppeal> batch, List<Integer> created, SubmittingAppeal.Receipt[] receipts) {
        if (created.isEmpty()) {
            return;
        }
        Columns c = new Columns(batch, created);
        jdbc.sql("""
                        INSERT INTO appeal_event (appeal_id, occurred_at, action, actor, note)
                        SELECT a::bigint, at::timestamptz, 'SUBMIT', who, note
                        FROM unnest(:a::text[], :at::text[], :who::text[], :note::text[]) AS e (a, at, who, note)""")
                .param("a", c.of(k -> String.valueOf(receipts[created.get(k)].id())))
                .param("at", c.field(p -> p.submittedAt().toString()))
                .param("who", c.field(PreparedAppeal::eventActor))
                .param("note", c.field(PreparedAppeal::eventNote))
                .update();
    }

    private Map<String, SubmittingAppeal.Receipt> existingByTicket(List<String> tickets) {
        if (tickets.isEmpty()) {
            return Map.of();
        }
        Map<String, SubmittingAppeal.Receipt> out = new HashMap<>();
        jdbc.sql("SELECT id, tracking_number, external_ticket, public_code FROM appeal WHERE external_ticket = ANY(:t::text[])")
                .param("t", tickets.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(3), new SubmittingAppeal.Receipt(rs.getLong(1), rs.getString(2), false, rs.getString(4), null));
                });
        return out;
    }

    private static String hex(byte[] b) {
        return b == null ? null : HexFormat.of().formatHex(b);
    }

    /** Column arrays for unnest(): one element per selected row of the batch. */
    private record Columns(List<PreparedAppeal> batch, List<Integer> rows) {

        String[] field(Function<PreparedAppeal, String> f) {
            return of(k -> f.apply(batch.get(rows.get(k))));
        }

        String[] of(java.util.function.IntFunction<String> f) {
            String[] out = new String[rows.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = f.apply(k);
            }
            return out;
        }
    }
}
