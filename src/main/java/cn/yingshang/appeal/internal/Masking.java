package cn.yingshang.appeal.internal;

/** How a protected identity looks to those who may not see it. */
final class Masking {

    private Masking() {
    }

    static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + "**";
    }

    static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    static String creditCode(String code) {
        if (code == null || code.length() < 8) {
            return code == null ? null : "****";
        }
        return code.substring(0, 4) + "**********" + code.substring(code.length() - 4);
    }
}
