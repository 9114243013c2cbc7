package cn.yingshang.appeal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an appeal where it crosses the module boundary (events, the intake facade), so an
 * appeal's id cannot be passed where a claim's or a department's is meant. It is written as the bare
 * number in JSON, so event publications stored before this type existed still read back.
 */
public record AppealId(long value) implements java.io.Serializable {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AppealId of(long value) {
        return new AppealId(value);
    }

    @JsonValue
    @Override
    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
