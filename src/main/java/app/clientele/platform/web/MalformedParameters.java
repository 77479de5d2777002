package app.clientele.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.InvalidCursor;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose parameters are not valid percent-encoded UTF-8 ({@code ?q=%%zz},
 * {@code ?after=%e9}) before anything reads them. Tomcat throws on the first read of such a
 * parameter, wherever that happens (a controller's arguments, a security filter), and that was a
 * 500; here it is a 400 naming the parameter. So is a NUL character ({@code %00}), which no text
 * of PostgreSQL can hold: it failed in the database, as a misleading 409. Runs right after the
 * character encoding is set, so that a form body is decoded as it will be later.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
final class MalformedParameters extends OncePerRequestFilter {

	private static final String MALFORMED = "is not valid percent-encoded UTF-8";

	private static final String NUL = "must not contain the NUL character";

	private final ProblemJsonView view;

	MalformedParameters(JsonMapper json) {
		this.view = new ProblemJsonView(json);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		FieldProblem malformed = malformed(request);
		if (malformed == null) {
			chain.doFilter(request, response);
			return;
		}
		// The cursor of every list is {@code after}: however it is broken, it is not a cursor the list handed out.
		ProblemException refusal = malformed.field().equals("after") ? new InvalidCursor() : new InvalidInput(List.of(malformed));
		var problem = Problems.of(refusal.status(), refusal.slug(), refusal.title(), refusal.detail(), refusal.errors(),
				Map.of());
		if (Problems.wantsJson(request)) {
			view.write(problem, response);
		}
		else {
			response.sendError(refusal.status().value());
		}
	}

	private static @Nullable FieldProblem malformed(HttpServletRequest request) {
		String name = malformedIn(request.getQueryString());
		if (name != null) {
			return new FieldProblem(name, MALFORMED);
		}
		if (isMultipart(request)) {
			return null;
		}
		try {
			for (var parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					if (value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
						return new FieldProblem(parameter.getKey().replace("\0", ""), NUL);
					}
				}
			}
			return null;
		}
		catch (IllegalStateException e) {
			// A form body Tomcat could not decode, or more parameters than it takes.
			return new FieldProblem("parameters", MALFORMED);
		}
	}

	/** The name of the first parameter of a raw query string that does not decode ({@code query} if its name does not either). */
	static @Nullable String malformedIn(@Nullable String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			if (name == null) {
				return "query";
			}
			if (equals >= 0 && decode(pair.substring(equals + 1)) == null) {
				return name;
			}
		}
		return null;
	}

	/** Decodes as a form does ({@code +} a space), strictly: null for a bad escape or bytes that are not UTF-8. */
	private static @Nullable String decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
				int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
				if (low < 0) {
					return null;
				}
				bytes.write(high << 4 | low);
				i += 2;
			}
			else {
				bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}
}
