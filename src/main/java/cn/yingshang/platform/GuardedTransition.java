package cn.yingshang.platform;

import cn.yingshang.shared.ConflictingChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one idiom every state machine uses for a step: {@code UPDATE <table> SET status = :to, … WHERE
 * id = :id AND status IN (:from)}, and exactly one row must move, else someone else changed the
 * record first ({@link ConflictingChange}, 409 on the API). The guard and the count check live here
 * once, so no transition can forget either.
 *
 * <pre>{@code
 * GuardedTransition.of(jdbc, "arrears_claim", id).from(ClaimStatus.REPORTED).to(ClaimStatus.REJECTED)
 *         .set("rejection_reason", reason).apply();
 * }</pre>
 * Table and column names are the caller's constants (checked to be plain identifiers); values are bound.
 */
public final class GuardedTransition {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final String table;
    private final long id;
    private final List<String> from = new ArrayList<>();
    private String to;
    private final Map<String, String> assignments = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    private GuardedTransition(JdbcClient jdbc, String table, long id) {
        this.jdbc = jdbc;
        this.table = identifier(table);
        this.id = id;
    }

    public static GuardedTransition of(JdbcClient jdbc, String table, long id) {
        return new GuardedTransition(jdbc, table, id);
    }

    /** The states the step may start from (at least one). */
    public GuardedTransition from(Enum<?>... states) {
        Arrays.stream(states).map(Enum::name).forEach(from::add);
        return this;
    }

    /** The state the step ends in; leave out for a guarded change that keeps the state. */
    public GuardedTransition to(Enum<?> state) {
        this.to = state.name();
        return this;
    }

    /** Sets a column to a bound value. */
    public GuardedTransition set(String column, Object value) {
        String name = identifier(column);
        assignments.put(name, ":v_" + name);
        values.put("v_" + name, value);
        return this;
    }

    /**
     * Sets a column to an SQL expression of the caller's own text (e.g. {@code paid_amount + :amount});
     * {@code params} binds its named parameters.
     */
    public GuardedTransition setExpression(String column, String expression, Map<String, ?> params) {
        assignments.put(identifier(column), expression);
        values.putAll(params);
        return this;
    }

    /** Runs the step; throws the platform's conflict message unless exactly one row moved. */
    public void apply() {
        ConflictingChange.unlessOne(update());
    }

    /** Runs the step; throws a conflict with the module's own message unless exactly one row moved. */
    public void apply(String conflictMessage) {
        if (update() != 1) {
            throw new ConflictingChange(conflictMessage);
        }
    }

    private int update() {
        if (from.isEmpty()) {
            throw new IllegalStateException("a guarded transition names the states it starts from");
        }
        List<String> sets = new ArrayList<>();
        if (to != null) {
            sets.add("status = :g_to");
        }
        assignments.forEach((column, value) -> sets.add(column + " = " + value));
        if (sets.isEmpty()) {
            throw new IllegalStateException("a guarded transition changes something");
        }
        var spec = jdbc.sql("UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE id = :g_id AND status IN (:g_from)")
                .param("g_id", id).param("g_from", from);
        if (to != null) {
            spec = spec.param("g_to", to);
        }
        for (var e : values.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.update();
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }
}
