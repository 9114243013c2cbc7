package cn.yingshang.appeal.internal;

/** The requester as a viewer may see them: in full, or masked. */
record Identity(String name, String phone, String creditCode, boolean masked, boolean anonymous) {

    static final Identity ANONYMOUS = new Identity(AppealText.text("appeal.anonymous"), null, null, false, true);

    Identity mask() {
        return new Identity(Masking.name(name), Masking.phone(phone), Masking.creditCode(creditCode), true, anonymous);
    }
}
