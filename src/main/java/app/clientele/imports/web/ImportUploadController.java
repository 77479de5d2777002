package app.clientele.imports.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.ContactColumns;
import app.clientele.imports.ContactImport;
import app.clientele.imports.ContactImports;
import app.clientele.imports.DuplicatePolicy;
import app.clientele.imports.ImportMappings;
import app.clientele.imports.ImportOptions;
import app.clientele.imports.UpdateMode;
import app.clientele.platform.FormErrors;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's way into an import: the upload form, then the mapping screen where staff confirm
 * what each column holds and how duplicates are handled, and start a dry run or the import.
 */
@Controller
class ImportUploadController {

	private final ContactImports imports;
	private final ImportMappings mappings;
	private final ImportWords words;
	private final MessageSource messages;

	ImportUploadController(ContactImports imports, ImportMappings mappings, ImportWords words,
			MessageSource messages) {
		this.imports = imports;
		this.mappings = mappings;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/imports/new")
	String form(Model model) {
		return uploadForm(model, "", FormErrors.none());
	}

	@PostMapping("/imports/uploads")
	String upload(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String encoding, Model model) {
		String chosen = encoding == null ? "" : encoding.strip();
		if (file == null || file.isEmpty()) {
			return uploadForm(model, chosen, Map.of("file", say("import.new.noFile")));
		}
		try {
			UUID id = imports.upload(String.valueOf(file.getOriginalFilename()), file, chosen.isEmpty() ? null : chosen)
					.id();
			return "redirect:/imports/uploads/" + id;
		}
		catch (ProblemException e) {
			return uploadForm(model, chosen, FormErrors.of(e));
		}
	}

	private String uploadForm(Model model, String encoding, Map<String, String> errors) {
		model.addAttribute("section", "imports");
		model.addAttribute("encoding", encoding);
		model.addAttribute("errors", errors);
		return "imports/new";
	}

	/**
	 * One column of the file and the field it goes to (blank: left out); {@code label} is the header,
	 * or the field's label where the header is a field's name (a vCard's, an export's).
	 */
	record Column(int index, String header, String label, String field) {
	}

	/** The mapping screen's choices besides the columns. */
	record Choices(DuplicatePolicy onDuplicate, UpdateMode updateMode, boolean createMissingAccounts,
			boolean sendWelcomeEmails, String saveAs) {

		static Choices defaults() {
			return new Choices(DuplicatePolicy.SKIP, UpdateMode.FILL, false, false, "");
		}
	}

	/** The mapping screen, with the columns as proposed or, when staff pick one, as a saved mapping has them. */
	@GetMapping("/imports/uploads/{id}")
	String mapping(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID saved, Model model) {
		ContactImports.UploadView upload = imports.upload(id);
		Map<String, String> mapping = new LinkedHashMap<>(upload.proposed());
		ImportMappings.SavedMapping chosen = saved == null ? null : mappings.find(saved).orElse(null);
		if (chosen != null) {
			upload.headers().stream().filter(chosen.mapping()::containsKey)
					.forEach(header -> mapping.put(header, chosen.mapping().get(header)));
		}
		model.addAttribute("saved", chosen == null ? null : chosen.id());
		return mappingForm(model, upload, mapping, Choices.defaults(), FormErrors.none());
	}

	/**
	 * Starts a dry run or the import with the columns as chosen: each select is named
	 * {@code field.<n>} after the column's place in the header, as a header may hold any character.
	 */
	@PostMapping("/imports/uploads/{id}")
	String start(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "SKIP") DuplicatePolicy onDuplicate,
			@RequestParam(defaultValue = "FILL") UpdateMode updateMode,
			@RequestParam(defaultValue = "false") boolean createMissingAccounts,
			@RequestParam(defaultValue = "false") boolean sendWelcomeEmails,
			@RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(defaultValue = "") String saveAs,
			Model model, RedirectAttributes redirect) {
		ContactImports.UploadView upload = imports.upload(id);
		Map<String, String> mapping = chosen(upload.headers(), form);
		Choices choices = new Choices(onDuplicate, updateMode, createMissingAccounts, sendWelcomeEmails, saveAs);
		Map<String, String> errors = check(mapping);
		if (!errors.isEmpty()) {
			return mappingForm(model, upload, mapping, choices, errors);
		}
		try {
			if (!saveAs.isBlank()) {
				ImportMappings.checkName(saveAs);
			}
			ContactImport started = imports.start(id, new ImportOptions(dryRun, onDuplicate, updateMode, mapping,
					createMissingAccounts, sendWelcomeEmails));
			if (!saveAs.isBlank()) {
				mappings.save(saveAs, mapping);
			}
			redirect.addFlashAttribute("flash", say(dryRun ? "import.flash.dryRunStarted" : "import.flash.started"));
			return "redirect:/imports/" + started.id();
		}
		catch (ProblemException e) {
			Map<String, String> refused = FormErrors.of(e);
			if (refused.containsKey("mappingName")) {
				return mappingForm(model, upload, mapping, choices, refused);
			}
			// The mapping's refusals name the field "mapping", which is the whole form here.
			String said = String.join(" ", refused.values().stream().map(words::plain).toList());
			return mappingForm(model, upload, mapping, choices, Map.of(FormErrors.FORM, said));
		}
	}

	/** Each header with the field chosen for it, blank for a column left out. */
	private static Map<String, String> chosen(List<String> headers, Map<String, String> form) {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			String field = form.get("field." + i);
			mapping.put(headers.get(i), field == null ? "" : field.strip());
		}
		return mapping;
	}

	/**
	 * The mistakes a mapping can have, said with the fields' labels (the import checks them as well,
	 * in the API's words): one field that holds one value fed by several columns, and no name.
	 */
	private Map<String, String> check(Map<String, String> mapping) {
		List<String> chosen = mapping.values().stream().filter(f -> !f.isBlank()).toList();
		List<String> problems = new ArrayList<>();
		chosen.stream().distinct().filter(f -> !repeatable(f))
				.filter(f -> chosen.stream().filter(f::equals).count() > 1)
				.forEach(f -> problems.add(say("import.mapping.twice", words.field(f))));
		if (!chosen.contains(ContactColumns.FIRST_NAME) && !chosen.contains(ContactColumns.LAST_NAME)) {
			problems.add(say("import.mapping.noName"));
		}
		return problems.isEmpty() ? Map.of() : Map.of(FormErrors.FORM, String.join(" ", problems));
	}

	/** Fields more than one column may feed: phones of a kind and tags add up. */
	private static boolean repeatable(String field) {
		return field.equals(ContactColumns.TAGS)
				|| field.startsWith(ContactColumns.PHONE_PREFIX);
	}

	private String mappingForm(Model model, ContactImports.UploadView upload, Map<String, String> mapping,
			Choices choices, Map<String, String> errors) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < upload.headers().size(); i++) {
			String header = upload.headers().get(i);
			columns.add(new Column(i, header, words.field(header), mapping.getOrDefault(header, "")));
		}
		model.addAttribute("section", "imports");
		model.addAttribute("upload", upload);
		model.addAttribute("columns", columns);
		model.addAttribute("fields", words.fields());
		model.addAttribute("choices", choices);
		model.addAttribute("policies", DuplicatePolicy.values());
		model.addAttribute("updateModes", UpdateMode.values());
		model.addAttribute("savedMappings", mappings.list());
		model.addAttribute("errors", errors);
		return "imports/mapping";
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
