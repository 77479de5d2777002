package app.clientele.staff.web;

import app.clientele.platform.TypedSignInEmail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	/** The sign-in page; after a failed attempt it shows the email that was typed, once. */
	@GetMapping("/login")
	String signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("email", TypedSignInEmail.takeBack(request, response));
		return "staff/login";
	}
}
