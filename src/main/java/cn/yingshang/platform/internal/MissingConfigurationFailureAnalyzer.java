package cn.yingshang.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing settings as a list with what to do, instead of a stack trace. */
public class MissingConfigurationFailureAnalyzer
        extends AbstractFailureAnalyzer<ProductionConfigurationCheck.MissingConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionConfigurationCheck.MissingConfigurationException cause) {
        return new FailureAnalysis(
                "Yingshang needs its key material and database outside the 'demo' profile. Missing or invalid:\n  - "
                        + String.join("\n  - ", cause.problems()),
                "Set these properties (or environment variables such as YINGSHANG_APPEAL_HOTLINESECRET), see README "
                        + "\"Production\"; or run the demo with --spring.profiles.active=demo.",
                cause);
    }
}
