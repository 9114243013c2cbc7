package cn.yingshang.services.internal;

/**
 * A material the guide lists. {@code sharedSource} names the data-sharing source or e-licence from
 * which the platform obtains it, so it is never asked of the applicant (001 §34, 000 §21);
 * {@code deficiencyAllowed} marks a non-key material that may follow under 容缺受理 (000 §19);
 * {@code promiseReplaces} marks proof a signed 告知承诺 replaces (001 §38).
 */
@cn.yingshang.shared.DomainType
record Material(int seq, String name, boolean original, int copies, boolean deficiencyAllowed,
                boolean promiseReplaces, String sharedSource) {

    public boolean askedOfApplicant() {
        return sharedSource == null || sharedSource.isBlank();
    }
}
