/**
 * Appeals (诉求, 12345 / 接诉即办): intake from every channel, dispatch, handling, reply, rating,
 * time limits on the regional calendar, confidentiality and figures.
 *
 * <p>Configuration (required outside the demo profile, see README "Production"):
 * {@code yingshang.appeal.identity-keys.<id>} and {@code yingshang.appeal.identity-key-current}
 * (versioned SM4 keys, 32 hex digits each, that encrypt requesters' names, phones and credit codes at
 * rest; rotated by {@code IdentityKeyRotation}), {@code yingshang.appeal.requester-hash-key} (HMAC key
 * of the duplicate-finding hash, separate from the data keys),
 * {@code yingshang.appeal.hotline-secret} (shared secret of the 12345 system; requests to
 * {@code POST /api/v1/public/appeals/hotline} carry {@code X-Signature: hex(HMAC-SHA256(secret, body))}),
 * {@code yingshang.appeal.deadline-watch-ms} (how often the warning/overdue job runs, default 5 minutes),
 * {@code yingshang.appeal.tracking.per-client} and {@code .per-client-and-code} (public tracking lookups per
 * client per 10 minutes, and wrong access codes per client and public code per hour; 20 and 5).
 * Time limits and categories are data, maintained under 政府工作台 → 诉求分类与时限.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals",
        allowedDependencies = {"platform", "reference", "registry", "shared"})
package cn.yingshang.appeal;
