package app.clientele.platform.web;

import java.util.Set;
import java.util.TreeSet;

import app.clientele.platform.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page needs: who is signed in, their roles, and the CSRF header for htmx. */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModel {

	@ModelAttribute("staffName")
	@Nullable String staffName() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof Actor.Source source
				&& source.actor().kind() == Actor.Kind.STAFF ? source.actor().name() : null;
	}

	@ModelAttribute("staffRoles")
	Set<String> staffRoles() {
		Set<String> roles = new TreeSet<>();
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null) {
			for (GrantedAuthority a : auth.getAuthorities()) {
				String name = String.valueOf(a.getAuthority());
				if (name.startsWith("ROLE_")) {
					roles.add(name.substring(5));
				}
			}
		}
		return roles;
	}

	@ModelAttribute("csrfHeaders")
	@Nullable String csrfHeaders(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
		}
		return null;
	}
}
