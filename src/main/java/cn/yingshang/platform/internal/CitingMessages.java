package cn.yingshang.platform.internal;

import cn.yingshang.platform.Citations;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Every message the platform resolves (templates' {@code #{…}}, Java's {@code getMessage}, rule
 * violations) comes out with seed citations in the form people read (see {@link Citations}): the
 * bundles keep the short form the citation checks read, and no page can forget to convert it.
 */
final class CitingMessages implements MessageSource {

    private final MessageSource delegate;

    private CitingMessages(MessageSource delegate) {
        this.delegate = delegate;
    }

    /** Wraps the context's message source as it is created. */
    static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(name) && bean instanceof MessageSource source
                        && !(bean instanceof CitingMessages)) {
                    return new CitingMessages(source);
                }
                return bean;
            }
        };
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return cite(delegate.getMessage(code, args, defaultMessage, locale));
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        return cite(delegate.getMessage(code, args, locale));
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        return cite(delegate.getMessage(resolvable, locale));
    }

    private String cite(String text) {
        return Citations.render(text, delegate);
    }
}
