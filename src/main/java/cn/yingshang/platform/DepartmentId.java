package cn.yingshang.platform;

public record DepartmentId(long value) implements java.io.Serializable {

    public static DepartmentId of(long value) {
        return new DepartmentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
