package cn.yingshang.platform;

/**
 * The platform cannot take this request now (intake queue full, database not answering in time):
 * answered 503 with {@code Retry-After}, so clients and the load balancer back off instead of
 * piling requests up in memory. Nothing was stored.
 */
public class ServiceBusy extends RuntimeException {

    private final int retryAfterSeconds;

    /** {@code messageKey}: the Chinese detail in the message bundles, e.g. {@code platform.busy.detail}. */
    public ServiceBusy(String messageKey, int retryAfterSeconds) {
        super(messageKey);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String messageKey() {
        return getMessage();
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
