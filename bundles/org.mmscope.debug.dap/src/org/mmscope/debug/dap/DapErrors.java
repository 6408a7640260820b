package org.mmscope.debug.dap;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * DAP error responses: {@code success: false}, a readable {@code message}, and the body DAP clients show to the user
 * ({@code {"error": {"id", "format", "showUser"}}}) — never a Java stack trace.
 */
final class DapErrors {
    private DapErrors() {
    }

    /** What a request cannot do, as the client shows it (file:line:col for a file that does not parse). */
    static final class DapException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DapException(String message) {
            super(message, null, false, false);
        }
    }

    static DapException error(String message) {
        return new DapException(message);
    }

    static <T> CompletableFuture<T> failed(String message) {
        return CompletableFuture.failedFuture(new ResponseErrorException(response(message)));
    }

    static ResponseError response(String message) {
        return new ResponseError(ResponseErrorCode.InvalidRequest, message,
                Map.of("error", Map.of("id", 1, "format", message, "showUser", true)));
    }

    /** The error a client sees for anything a request threw: its message, or one line naming the exception. */
    static ResponseError of(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException || cause instanceof InvocationTargetException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResponseErrorException e) {
            return e.getResponseError();
        }
        if (cause instanceof DapException e) {
            return response(e.getMessage());
        }
        if (cause instanceof UnsupportedOperationException) {
            return response("mmscope dap does not support this request");
        }
        String m = cause.getMessage() == null ? "" : cause.getMessage().replaceAll("\\s+", " ").strip();
        return response("internal error (a bug in mmscope, please report it with the input): " + cause.getClass().getSimpleName()
                + (m.isEmpty() ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) + "..." : m)));
    }
}
