package app.clientele.imports.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.ContactManagement;
import app.clientele.imports.ContactImport;
import app.clientele.imports.ContactImports;
import app.clientele.imports.ImportDuplicate;
import app.clientele.imports.ImportProblem;
import app.clientele.imports.ImportProgress;
import app.clientele.imports.ImportStatus;
import app.clientele.jobs.Job;
import app.clientele.platform.FormErrors;
import app.clientele.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An import in the console: its page with a progress bar that reloads every second (htmx) while
 * the import or its undo runs, then what it found (problems, duplicates), the problem rows to
 * download, "Import now" after a dry run and "Undo import" after an import; and the history.
 */
@Controller
class ImportPageController {

	/** Imports the history lists: the latest, as the API's default page. */
	static final int HISTORY = 100;

	private final ContactImports imports;
	private final ContactManagement contacts;
	private final ImportWords words;
	private final MessageSource messages;

	ImportPageController(ContactImports imports, ContactManagement contacts, ImportWords words,
			MessageSource messages) {
		this.imports = imports;
		this.contacts = contacts;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String history(Model model) {
		model.addAttribute("section", "imports");
		model.addAttribute("imports", imports.list(HISTORY));
		return "imports/list";
	}

	@GetMapping("/imports/{id}")
	String page(@PathVariable UUID id, Model model) {
		fill(id, model);
		return "imports/import";
	}

	@GetMapping("/imports/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		fill(id, model);
		return "imports/import :: progress";
	}

	/** A problem as the page lists it: the row, the column of the file (or the field's label), why. */
	record ProblemLine(int row, String column, String message) {
	}

	private void fill(UUID id, Model model) {
		ImportProgress p = imports.get(id);
		Map<String, String> mapping = p.record().mapping();
		boolean running = p.status() == ImportStatus.QUEUED || p.status() == ImportStatus.RUNNING;
		Job undo = p.undoJob();
		boolean undoing = undo != null && !undo.status().finished() && p.record().undoneAt() == null;
		model.addAttribute("section", "imports");
		model.addAttribute("p", p);
		model.addAttribute("i", p.record());
		model.addAttribute("running", running);
		model.addAttribute("undoing", undoing);
		model.addAttribute("undoable", (p.status() == ImportStatus.DONE || p.status() == ImportStatus.FAILED)
				&& p.record().undoable(Instant.now()));
		model.addAttribute("listed", ImportApiController.LISTED);
		boolean finished = !running && !undoing;
		model.addAttribute("problems", finished ? lines(imports.problems(id, ImportApiController.LISTED), mapping)
				: List.of());
		List<ImportDuplicate> duplicates = finished ? imports.duplicates(id, ImportApiController.LISTED) : List.of();
		model.addAttribute("duplicates", duplicates);
		model.addAttribute("contactNames", contacts.names(duplicates.stream().map(ImportDuplicate::contactId).toList()));
		model.addAttribute("notUndone", finished && p.record().undoneAt() != null
				? lines(imports.notUndone(id, ImportApiController.LISTED), mapping) : List.of());
	}

	private List<ProblemLine> lines(List<ImportProblem> problems, Map<String, String> mapping) {
		return problems.stream().map(e -> new ProblemLine(e.row(), words.column(e.field(), mapping),
				words.plain(e.message()))).toList();
	}

	/** "Import now" after a dry run: the same upload, columns and choices, for real. */
	@PostMapping("/imports/{id}/import")
	String importNow(@PathVariable UUID id, RedirectAttributes redirect) {
		ContactImport dryRun = imports.get(id).record();
		try {
			ContactImport started = imports.start(dryRun.uploadId(), dryRun.options().forReal());
			redirect.addFlashAttribute("flash", say("import.flash.started"));
			return "redirect:/imports/" + started.id();
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("flashError", words.plain(FormErrors.message(e)));
			return "redirect:/imports/" + id;
		}
	}

	@PostMapping("/imports/{id}/undo")
	String undo(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			imports.undo(id);
			redirect.addFlashAttribute("flash", say("import.flash.undoStarted"));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("flashError", FormErrors.message(e));
		}
		return "redirect:/imports/" + id;
	}

	/** The same file as the API's: the failed rows as uploaded with a last column "error". */
	@GetMapping("/imports/{id}/problems.csv")
	void problems(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		ProblemCsv.send(imports, id, response);
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
