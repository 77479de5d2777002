package app.clientele.platform.web;

import app.clientele.platform.IfMatch;
import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Every single versioned resource in a JSON answer carries its version as a strong {@code ETag}. */
@ControllerAdvice
class ETagHeaders implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof Versioned versioned && !response.getHeaders().containsHeader(HttpHeaders.ETAG)) {
			response.getHeaders().setETag(IfMatch.etag(versioned.version()));
		}
		return body;
	}
}
