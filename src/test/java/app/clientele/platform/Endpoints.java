package app.clientele.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API as the running application maps it: every endpoint of {@code /api/} and
 * {@code /portal/api/} with its query parameters and its JSON body's fields, read from the
 * handler methods, so that an endpoint added tomorrow is walked without anyone listing it.
 */
final class Endpoints {

	private static final Pattern VARIABLE = Pattern.compile("([^/]*)/\\{([^}]+)}");

	/** One method and path; {@code body} is the type of its JSON body, if it takes one. */
	record Endpoint(String method, String path, List<String> params, @Nullable Class<?> body, String contentType) {

		String name() {
			return method + " " + path;
		}

		boolean isList() {
			return method.equals("GET") && params.contains("after");
		}

		/** The fields of its body: a record's components, or what {@code fieldsOfPatch} says for a merge patch. */
		List<String> fields(List<String> fieldsOfPatch) {
			if (body != null && body.isRecord()) {
				return Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName).toList();
			}
			return fieldsOfPatch;
		}

		/** The path with each variable replaced by the id of a thing of its kind (the segment before it), or a random one. */
		String target(Map<String, String> idsByCollection) {
			Matcher m = VARIABLE.matcher(path);
			StringBuilder target = new StringBuilder();
			while (m.find()) {
				String id = idsByCollection.getOrDefault(m.group(1), UUID.randomUUID().toString());
				m.appendReplacement(target, Matcher.quoteReplacement(m.group(1) + "/" + id));
			}
			return m.appendTail(target).toString();
		}
	}

	private Endpoints() {
	}

	static List<Endpoint> of(RequestMappingHandlerMapping mappings) {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String path : info.getPatternValues()) {
				if (!path.startsWith("/api/") && !path.startsWith("/portal/api/")) {
					continue;
				}
				for (var method : info.getMethodsCondition().getMethods()) {
					endpoints.add(new Endpoint(method.name(), path, params(handler), body(handler), contentType(info)));
				}
			}
		});
		endpoints.sort(Comparator.comparing(Endpoint::name));
		return endpoints;
	}

	/** Waits for a request sent in parallel; what failed in it fails the test. */
	static void await(Future<?> sent) {
		try {
			sent.get();
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static List<String> params(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static @Nullable Class<?> body(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return parameter.getParameterType();
			}
		}
		return null;
	}

	private static String contentType(RequestMappingInfo info) {
		return info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst().map(MediaType::toString)
				.orElse(MediaType.APPLICATION_JSON_VALUE);
	}
}
