package io.github.errorenvelope.style;

import java.util.HashMap;
import java.util.Map;

import io.github.errorenvelope.CodeCase;
import io.github.errorenvelope.EnvelopeStyle;
import io.github.errorenvelope.util.BoundedCache;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

/**
 * Turns canonical codes into output codes: an application rename
 * ({@code error-envelope.codes.*}) wins and is written exactly as given; otherwise the
 * style's own catalogue code, else the canonical code in the configured case (or the
 * style's default case). Each canonical code is formatted once and remembered (up to a
 * bound), as its output depends only on the configuration.
 */
public final class CodeFormatter {

	private static final int MAX_CACHED = 1024;

	private final Map<String, String> renames;

	private final CodeCase codeCase;

	private final EnvelopeStyle style;

	private final BoundedCache<String, String> formatted = new BoundedCache<>(MAX_CACHED);

	/**
	 * Create the formatter.
	 * @param renames output codes by canonical code (keys in any case)
	 * @param codeCase the configured case, or {@code null} for the style's default
	 * @param style the active style
	 */
	public CodeFormatter(Map<String, String> renames, @Nullable CodeCase codeCase, EnvelopeStyle style) {
		this.renames = new HashMap<>();
		renames.forEach((canonical, output) -> this.renames.put(CodeCase.UPPER_SNAKE.apply(canonical), output));
		this.codeCase = (codeCase != null) ? codeCase : style.defaultCodeCase();
		this.style = style;
	}

	/**
	 * The output code for a canonical code.
	 * @param canonical the canonical code, may be {@code null}
	 * @return the output code
	 */
	@Contract("!null -> !null")
	public @Nullable String format(@Nullable String canonical) {
		if (canonical == null) {
			return null;
		}
		return this.formatted.get(canonical, this::compute);
	}

	private String compute(String canonical) {
		String key = CodeCase.UPPER_SNAKE.apply(canonical);
		String renamed = this.renames.get(key);
		if (renamed != null) {
			return renamed;
		}
		String styleCode = this.style.defaultCodeFor(key);
		if (styleCode != null) {
			return styleCode;
		}
		return this.codeCase.apply(canonical);
	}

}
