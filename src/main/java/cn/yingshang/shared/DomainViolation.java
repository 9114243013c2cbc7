package cn.yingshang.shared;

/**
 * A business rule refused an input or an action. The message is in Simplified Chinese and is
 * shown to the user as it stands (form field error, or the {@code detail} of a problem+json).
 */
public class DomainViolation extends RuntimeException {

    private final String field;

    public DomainViolation(String message) {
        this(null, message);
    }

    public DomainViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the violation belongs to, or null when it concerns the whole request. */
    public String field() {
        return field;
    }
}
