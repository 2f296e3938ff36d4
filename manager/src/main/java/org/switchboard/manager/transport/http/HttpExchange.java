package org.switchboard.manager.transport.http;

import java.net.InetSocketAddress;
import java.util.List;

import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;

import org.switchboard.protocol.Ascii;
import org.switchboard.protocol.Latin1;

/**
 * One HTTP request as the manager endpoints see it: method, raw path and query (split at the first
 * {@code ?}, as http.c handle_uri does), headers, the client and listener addresses, and the
 * event loop of its connection. A digest endpoint attaches the session it authenticated.
 */
final class HttpExchange {
    static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final HttpRequest request;
    private final String path;
    private final String query;
    private final InetSocketAddress remote;
    private final InetSocketAddress listener;
    private final EventLoop loop;
    private HttpManagerSession digestSession;

    HttpExchange(HttpRequest request, InetSocketAddress remote, InetSocketAddress listener, EventLoop loop) {
        this.request = request;
        String uri = request.uri();
        int q = uri.indexOf('?');
        this.path = q < 0 ? uri : uri.substring(0, q);
        this.query = q < 0 ? null : uri.substring(q + 1);
        this.remote = remote;
        this.listener = listener;
        this.loop = loop;
    }

    /** The method as sent ({@code GET}, {@code get}, {@code PATCH} ...). */
    String method() {
        return request.method().name();
    }

    boolean isMethod(String name) {
        return Ascii.equalsIgnoreCase(method(), name);
    }

    /** The URI before any {@code ?}, still percent-encoded. */
    String path() {
        return path;
    }

    HttpHeaders headers() {
        return request.headers();
    }

    InetSocketAddress remote() {
        return remote;
    }

    InetSocketAddress listener() {
        return listener;
    }

    EventLoop loop() {
        return loop;
    }

    /** The client asked for {@code Connection: close} (http.c http_check_connection_close). */
    boolean clientWantsClose() {
        String connection = request.headers().get("Connection");
        return connection != null && Ascii.equalsIgnoreCase(connection, "close");
    }

    /**
     * A POST whose Content-Type, up to any {@code ;}, is the form type: only such a body is read
     * (http.c ast_http_get_post_vars); any other body is discarded unread.
     */
    boolean readsFormBody() {
        if (!isMethod("POST")) {
            return false;
        }
        String type = request.headers().get("Content-Type");
        if (type == null) {
            return false;
        }
        int semicolon = type.indexOf(';');
        return Ascii.equalsIgnoreCase(semicolon < 0 ? type : type.substring(0, semicolon), FORM_TYPE);
    }

    /**
     * The request's parameters: a POST takes them from its form body only (the query string is
     * ignored); GET and HEAD from the query string (spec 01 §7.3).
     */
    List<FormParams.Param> params(byte[] body) {
        if (isMethod("POST")) {
            return readsFormBody() && body.length > 0 ? FormParams.parse(Latin1.decode(body)) : List.of();
        }
        return query == null ? List.of() : FormParams.parse(query);
    }

    void attach(HttpManagerSession session) {
        this.digestSession = session;
    }

    HttpManagerSession digestSession() {
        return digestSession;
    }
}
