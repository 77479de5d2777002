package app.clientele.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, byte for byte: what {@link java.net.URI} and the JDK's client
 * refuse to send (a query with {@code %%zz}, a body that is not UTF-8) reaches the server as
 * written.
 */
final class RawHttp {

	private static final Pattern COOKIE = Pattern.compile("(?im)^set-cookie:\\s*([^=]+)=([^;\\r\\n]*)");

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/** An answer: the status, the head as sent and the body (de-chunked). */
	record Answer(int status, String head, String body) {

		Optional<String> cookie(String name) {
			Matcher m = COOKIE.matcher(head);
			while (m.find()) {
				if (m.group(1).trim().equals(name)) {
					return Optional.of(m.group(2));
				}
			}
			return Optional.empty();
		}

		@Override
		public String toString() {
			return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
		}
	}

	Answer send(String method, String target, Map<String, String> headers, byte[] body) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
			request.write(target.getBytes(StandardCharsets.UTF_8));
			StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (body.length > 0 || !method.equals("GET")) {
				head.append("Content-Length: ").append(body.length).append("\r\n");
			}
			request.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			request.write(body);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(method + " " + target, e);
		}
	}

	private static Answer parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IllegalStateException("no HTTP answer: " + text);
		}
		String head = text.substring(0, end);
		String body = text.substring(end + 4);
		int status = Integer.parseInt(head.substring(9, 12));
		if (head.toLowerCase().contains("transfer-encoding: chunked")) {
			body = dechunk(body);
		}
		return new Answer(status, head, body);
	}

	private static String dechunk(String chunked) {
		StringBuilder body = new StringBuilder();
		byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
		int at = 0;
		while (at < bytes.length) {
			int lineEnd = indexOf(bytes, at);
			if (lineEnd < 0) {
				break;
			}
			String size = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
			if (length == 0) {
				break;
			}
			body.append(new String(bytes, lineEnd + 2, Math.min(length, bytes.length - lineEnd - 2), StandardCharsets.UTF_8));
			at = lineEnd + 2 + length + 2;
		}
		return body.toString();
	}

	private static int indexOf(byte[] bytes, int from) {
		for (int i = from; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}
}
