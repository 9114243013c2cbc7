package cn.yingshang.platform.internal;

import cn.yingshang.platform.Citations;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The last step of rendering every HTML page: text that still holds a seed citation in the internal
 * form ({@code 000 §51}, stored by a migration, typed by an official, part of a rule's explanation)
 * reaches the person as title and article. One place, so no page can show the short form.
 */
@Component
class CitationText extends AbstractDialect implements IPostProcessorDialect {

    CitationText() {
        super("citation-text");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /** Rewrites text nodes; created by Thymeleaf for each rendering. */
    public static final class Handler extends AbstractTemplateHandler {

        private ITemplateContext context;

        public Handler() {
        }

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            this.context = context;
        }

        @Override
        public void handleText(IText text) {
            String content = text.getText();
            if (!Citations.hasInternalForm(content)) {
                super.handleText(text);
                return;
            }
            String cited = Citations.render(content, (key, args) -> context.getMessage(Handler.class, key, args, false));
            super.handleText(context.getModelFactory().createText(cited));
        }
    }
}
