package io.github.errorenvelope.client.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.errorenvelope.client.EnvelopeReader;
import io.github.errorenvelope.client.ErrorEnvelope;

import org.springframework.http.MediaType;

/**
 * Reads {@code status-object}: {@code {"status": {"code", "description", "details",
 * "req_id", …extras}}}. The style has no slot for violations, only the joined message
 * ({@code "limit: must be between 1 and
 * 100. name: must not be blank."}); for a validation code ({@code 11102},
 * {@code VALIDATION_ERROR}, {@code MISSING_PARAMETER}) whose message consists of such
 * sentences, they are read back as violations.
 */
public final class StatusObjectReader implements EnvelopeReader {

	private static final Set<String> KNOWN = Set.of("code", "description", "details", "req_id");

	private static final Set<String> VALIDATION_CODES = Set.of("11102", "VALIDATION_ERROR", "MISSING_PARAMETER");

	private static final String FIELD = "[\\w.\\[\\]-]+";

	private static final Pattern SENTENCE = Pattern
		.compile("\\G(" + FIELD + "): (.+?)([.!?])(?: (?=" + FIELD + ": )|(?= \u2026 and \\d+ more\\.$)|$)");

	@Override
	public String style() {
		return "status-object";
	}

	@Override
	public boolean recognises(Map<String, Object> body, MediaType contentType) {
		Map<String, Object> status = Members.object(body, "status");
		return status != null && status.containsKey("code")
				&& (status.containsKey("details") || status.containsKey("description"));
	}

	@Override
	public void read(Map<String, Object> body, ErrorEnvelope.Builder envelope) {
		Map<String, Object> status = Members.object(body, "status");
		String code = Members.text(status, "code");
		String message = Members.text(status, "details");
		envelope.code(code).message(message).requestId(Members.text(status, "req_id"));
		if (code != null && message != null && VALIDATION_CODES.contains(ErrorEnvelope.canonicalCode(code))) {
			readSentences(message, envelope);
		}
		Members.details(status, KNOWN, envelope);
	}

	private static void readSentences(String message, ErrorEnvelope.Builder envelope) {
		Matcher matcher = SENTENCE.matcher(message);
		List<String[]> found = new ArrayList<>();
		int end = 0;
		while (matcher.find()) {
			String text = matcher.group(2) + (".".equals(matcher.group(3)) ? "" : matcher.group(3));
			found.add(new String[] { matcher.group(1), text });
			end = matcher.end();
		}
		String rest = message.substring(end).strip();
		// only a message made entirely of "field: message." sentences is read as
		// violations
		if (found.isEmpty() || !(rest.isEmpty() || rest.matches("\u2026 and \\d+ more\\."))) {
			return;
		}
		for (String[] violation : found) {
			envelope.violation(violation[0], violation[1]);
		}
	}

}
