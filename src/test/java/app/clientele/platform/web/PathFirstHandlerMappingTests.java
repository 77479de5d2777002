package app.clientele.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checking the path first must choose the same handler, and answer the same 404, 405, 406 and
 * 415, as Spring MVC's own order of conditions.
 */
class PathFirstHandlerMappingTests {

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.standaloneSetup(new Things())
				.setCustomHandlerMapping(PathFirstHandlerMapping.Mapping::new).build();
	}

	@Test
	void aPathWithAVariableFindsItsHandler() throws Exception {
		mvc.perform(get("/things/42")).andExpect(status().isOk()).andExpect(content().string("thing 42"));
	}

	@Test
	void theMostSpecificPathStillWins() throws Exception {
		mvc.perform(get("/things/special")).andExpect(content().string("the special thing"));
	}

	@Test
	void parametersStillChooseBetweenMappingsOfOnePath() throws Exception {
		mvc.perform(get("/things")).andExpect(content().string("all things"));
		mvc.perform(get("/things").param("q", "x")).andExpect(content().string("things like x"));
	}

	@Test
	void anUnknownPathIs404() throws Exception {
		mvc.perform(get("/nothing/42")).andExpect(status().isNotFound());
	}

	@Test
	void aKnownPathWithAnotherMethodIs405NamingTheAllowedOnes() throws Exception {
		mvc.perform(put("/things/42")).andExpect(status().isMethodNotAllowed())
				.andExpect(header().string("Allow", "GET"));
	}

	@Test
	void anUnacceptableResponseTypeIs406() throws Exception {
		mvc.perform(get("/things/42").accept(MediaType.IMAGE_PNG)).andExpect(status().isNotAcceptable());
	}

	@Test
	void anUnsupportedRequestTypeIs415() throws Exception {
		mvc.perform(post("/things").contentType(MediaType.TEXT_XML).content("<thing/>"))
				.andExpect(status().isUnsupportedMediaType());
		mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("\"new\""))
				.andExpect(status().isOk()).andExpect(content().string("created new"));
	}

	@RestController
	static class Things {

		@GetMapping(path = "/things/{id}", produces = MediaType.TEXT_PLAIN_VALUE)
		String one(@PathVariable String id) {
			return "thing " + id;
		}

		@GetMapping(path = "/things/special", produces = MediaType.TEXT_PLAIN_VALUE)
		String special() {
			return "the special thing";
		}

		@GetMapping("/things")
		String all() {
			return "all things";
		}

		@GetMapping(path = "/things", params = "q")
		String search(String q) {
			return "things like " + q;
		}

		@PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
		String create(@RequestBody String name) {
			return "created " + name.replace("\"", "");
		}
	}
}
