package app.clientele.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Names the setting Clientele cannot start with and how to put it right, without a stack trace. */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSetting> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSetting cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.fix(), cause);
	}
}
