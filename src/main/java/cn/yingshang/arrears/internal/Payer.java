package cn.yingshang.arrears.internal;

/** A public body in the payer register, with the department that supervises it. */
record Payer(long id, String name, PayerType type, String creditCode, String regionCode, long supervisingDepartmentId) {

    /** For the select fragment. */
    public String label() {
        return ArrearsText.text("arrears.payer.withType", name, type.label());
    }

    public String regionName() {
        try {
            return cn.yingshang.shared.RegionCode.of(regionCode).name();
        } catch (RuntimeException e) {
            return regionCode;
        }
    }

    public String code() {
        return Long.toString(id);
    }
}
