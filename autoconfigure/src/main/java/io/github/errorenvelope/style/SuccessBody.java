package io.github.errorenvelope.style;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A successful response body in the {@code success-envelope} style's envelope,
 * {@code {"data": <body>, "success": true, "message": "OK"}}: a read-only map of these
 * three members in this order, holding only the body, so wrapping a response builds no
 * hash table and a JSON writer that knows this type can write the members one by one.
 */
public final class SuccessBody extends AbstractMap<String, Object> {

	/** The member holding the handler's body. */
	public static final String DATA = "data";

	/** The member saying the request succeeded. */
	public static final String SUCCESS = "success";

	/** The member holding the message. */
	public static final String MESSAGE = "message";

	/** The message of every successful response. */
	public static final String OK = "OK";

	private final @Nullable Object data;

	/**
	 * Wrap a body.
	 * @param data the handler's body, may be {@code null}
	 */
	public SuccessBody(@Nullable Object data) {
		this.data = data;
	}

	/** The handler's body, may be {@code null}. */
	public @Nullable Object data() {
		return this.data;
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		List<Map.Entry<String, Object>> members = List.of(new SimpleImmutableEntry<>(DATA, this.data),
				new SimpleImmutableEntry<>(SUCCESS, true), new SimpleImmutableEntry<>(MESSAGE, OK));
		return new AbstractSet<>() {

			@Override
			public Iterator<Map.Entry<String, Object>> iterator() {
				return members.iterator();
			}

			@Override
			public int size() {
				return members.size();
			}

		};
	}

}
