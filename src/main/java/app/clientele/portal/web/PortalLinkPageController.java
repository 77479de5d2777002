package app.clientele.portal.web;

import java.util.Optional;

import app.clientele.platform.FormErrors;
import app.clientele.platform.ProblemException;
import app.clientele.portal.InvalidToken;
import app.clientele.portal.PortalImpersonation;
import app.clientele.portal.PortalPasswords;
import app.clientele.portal.PortalPrincipal;
import app.clientele.portal.PortalSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's link pages: activation, password reset and impersonation. A link page takes the
 * token from the address once, holds it in the session ({@link LinkTokens}) and redirects, so the
 * token leaves the address bar (and never reaches a referrer or history); opening a link only
 * looks at it, setting the password uses it.
 */
@Controller
class PortalLinkPageController {

	private final PortalPasswords passwords;
	private final PortalImpersonation impersonation;
	private final PortalSessions sessions;
	private final PortalPages pages;

	PortalLinkPageController(PortalPasswords passwords, PortalImpersonation impersonation, PortalSessions sessions,
			PortalPages pages) {
		this.passwords = passwords;
		this.impersonation = impersonation;
		this.sessions = sessions;
		this.pages = pages;
	}

	@GetMapping("/portal/activate")
	String openActivation(@RequestParam(required = false) @Nullable String token, HttpServletRequest request, Model model) {
		return linkPage(token, true, request, model, "portal/activate", "/portal/activate");
	}

	@PostMapping("/portal/activate")
	String activate(@RequestParam(defaultValue = "") String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return setPassword(password, true, request, response, model);
	}

	@GetMapping("/portal/reset")
	String openReset(@RequestParam(required = false) @Nullable String token, HttpServletRequest request, Model model) {
		return linkPage(token, false, request, model, "portal/reset", "/portal/reset");
	}

	@PostMapping("/portal/reset")
	String confirmReset(@RequestParam(defaultValue = "") String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return setPassword(password, false, request, response, model);
	}

	/**
	 * Sets the password through the link held, and signs the person in on a new session; when the
	 * portal is closed to them right now, the sign-in page says the password is set.
	 */
	private String setPassword(String password, boolean activation, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			String token = LinkTokens.held(request);
			Optional<PortalPrincipal> principal = activation ? passwords.activateAndSignIn(token, password)
					: passwords.resetAndSignIn(token, password);
			LinkTokens.forget(request);
			if (principal.isEmpty()) {
				return activation ? "redirect:/portal/login?activated" : "redirect:/portal/login?passwordChanged";
			}
			sessions.start(principal.get(), request, response);
			return activation ? "redirect:/portal/?activated" : "redirect:/portal/?passwordChanged";
		}
		catch (InvalidToken e) {
			LinkTokens.forget(request);
			return page(model, "portal/link-invalid");
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
			model.addAttribute("signInEmail", passwords.signInEmail(LinkTokens.held(request), activation).orElse(null));
			return page(model, activation ? "portal/activate" : "portal/reset");
		}
	}

	@GetMapping("/portal/impersonate")
	String impersonate(@RequestParam(required = false) @Nullable String token, HttpServletRequest request, Model model) {
		if (token != null) {
			if (!impersonation.linkValid(token)) {
				return page(model, "portal/link-invalid");
			}
			LinkTokens.hold(request, token);
			return "redirect:/portal/impersonate";
		}
		return LinkTokens.find(request) != null ? page(model, "portal/impersonate") : page(model, "portal/link-invalid");
	}

	@PostMapping("/portal/impersonate")
	String impersonate(HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			PortalPrincipal principal = impersonation.impersonate(LinkTokens.held(request));
			LinkTokens.forget(request);
			sessions.start(principal, request, response);
			return "redirect:/portal/";
		}
		catch (InvalidToken e) {
			LinkTokens.forget(request);
			return page(model, "portal/link-invalid");
		}
	}

	private String linkPage(@Nullable String token, boolean activation, HttpServletRequest request, Model model,
			String view, String path) {
		if (token != null) {
			if (!passwords.linkValid(token, activation)) {
				LinkTokens.forget(request);
				return page(model, "portal/link-invalid");
			}
			LinkTokens.hold(request, token);
			return "redirect:" + path;
		}
		String held = LinkTokens.find(request);
		if (held == null || !passwords.linkValid(held, activation)) {
			return page(model, "portal/link-invalid");
		}
		model.addAttribute("signInEmail", passwords.signInEmail(held, activation).orElse(null));
		return page(model, view);
	}

	private String page(Model model, String view) {
		return pages.page(model, view);
	}
}
