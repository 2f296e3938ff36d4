package org.switchboard.manager.transport.http;

/**
 * Why {@link HttpHeadDecoder} refused a request head: the error http.c answers with
 * (ast_http_error status, title and text). Carried as the cause of a failed decoder result.
 */
final class HttpHeadRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    HttpHeadRefused(int status, String title, String text) {
        super(text, null, false, false);
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    /** The page's text. */
    String text() {
        return getMessage();
    }
}
