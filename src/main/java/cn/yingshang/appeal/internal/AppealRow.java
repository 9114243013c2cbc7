package cn.yingshang.appeal.internal;

import cn.yingshang.shared.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** One appeal as stored; identity fields stay encrypted until {@link AppealAccess#identityFor} decides. */
record AppealRow(long id, String trackingNumber, String externalTicket, AppealType type, String category,
                 Channel channel, AppealStatus status, RegionCode region, String title, String content,
                 boolean anonymous, byte[] nameEnc, byte[] phoneEnc, byte[] codeEnc, Long requesterAccountId,
                 Long leadDepartmentId, Long handlerAccountId, String clockStage, LocalDate clockStart,
                 LocalDate dueOn, LocalDate warnOn, LocalDate returnDueOn, LocalDate pausedOn, int extensionDays,
                 String reply, String resolution, String satisfaction, int reopenCount, Long mergedInto,
                 boolean published, String publicSummary, Instant submittedAt, LocalDate submittedOn,
                 LocalDate dispatchedOn, LocalDate repliedOn, LocalDate closedOn) {

    static final String COLUMNS = "id, tracking_number, external_ticket, appeal_type, category, channel, status, region_code, "
            + "title, content, anonymous, requester_name_enc, requester_phone_enc, requester_code_enc, requester_account_id, "
            + "lead_department_id, handler_account_id, clock_stage, clock_start, due_on, warn_on, return_due_on, paused_on, "
            + "extension_days, reply, resolution, satisfaction, reopen_count, merged_into, published, public_summary, "
            + "submitted_at, submitted_on, dispatched_on, replied_on, closed_on";

    static AppealRow map(ResultSet rs, int n) throws SQLException {
        return new AppealRow(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("external_ticket"),
                AppealType.valueOf(rs.getString("appeal_type")), rs.getString("category"),
                Channel.valueOf(rs.getString("channel")), AppealStatus.valueOf(rs.getString("status")),
                RegionCode.of(rs.getString("region_code")), rs.getString("title"), rs.getString("content"),
                rs.getBoolean("anonymous"), rs.getBytes("requester_name_enc"), rs.getBytes("requester_phone_enc"),
                rs.getBytes("requester_code_enc"), (Long) rs.getObject("requester_account_id", Long.class),
                rs.getObject("lead_department_id", Long.class), rs.getObject("handler_account_id", Long.class),
                rs.getString("clock_stage"), rs.getObject("clock_start", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("warn_on", LocalDate.class), rs.getObject("return_due_on", LocalDate.class),
                rs.getObject("paused_on", LocalDate.class), rs.getInt("extension_days"), rs.getString("reply"),
                rs.getString("resolution"), rs.getString("satisfaction"), rs.getInt("reopen_count"),
                rs.getObject("merged_into", Long.class), rs.getBoolean("published"), rs.getString("public_summary"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("dispatched_on", LocalDate.class), rs.getObject("replied_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class));
    }

    boolean confidential() {
        return type.confidential();
    }

    Deadline deadline() {
        return dueOn == null ? null : new Deadline(clockStart, dueOn, warnOn);
    }
}
