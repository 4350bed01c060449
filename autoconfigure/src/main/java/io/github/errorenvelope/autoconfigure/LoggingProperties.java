package io.github.errorenvelope.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.logging.LogLevel;

/**
 * How error responses are logged (one line each, logger
 * io.github.errorenvelope.ErrorEnvelope).
 */
public class LoggingProperties {

	/**
	 * Log levels by status range ({@code 4xx}), exact status ({@code 404}) or exception
	 * class name, most specific first; {@code off} silences. Defaults: 5xx at ERROR,
	 * others at DEBUG.
	 */
	private Map<String, LogLevel> levels = new LinkedHashMap<>();

	/**
	 * How long one logged stack trace covers repeats of the same failure (same exception
	 * class, route, message template and cause classes); repeats log one line with the
	 * count and the request id whose line carries the trace. {@code 0} logs every trace.
	 */
	private Duration repeatWindow = Duration.ofSeconds(60);

	public Map<String, LogLevel> getLevels() {
		return this.levels;
	}

	public void setLevels(Map<String, LogLevel> levels) {
		this.levels = levels;
	}

	public Duration getRepeatWindow() {
		return this.repeatWindow;
	}

	public void setRepeatWindow(Duration repeatWindow) {
		this.repeatWindow = repeatWindow;
	}

}
