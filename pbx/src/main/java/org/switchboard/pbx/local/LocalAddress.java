package org.switchboard.pbx.local;

/**
 * A parsed {@code Local/} address: {@code exten[@context][/options]} (core_local.c local_alloc).
 * Options follow the last '/'; {@code n} disables optimization, {@code m} stops MOH interception;
 * {@code j} and the others are accepted and have no effect here, as in Asterisk 22 ({@code b} is
 * no longer an option there and is ignored the same way).
 */
record LocalAddress(String exten, String context, String options) {

    static LocalAddress parse(String data) {
        String rest = data;
        String options = "";
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            options = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String context = "";
        int at = rest.indexOf('@');
        if (at >= 0) {
            context = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        return new LocalAddress(rest, context.isEmpty() ? "default" : context, options);
    }

    boolean noOptimization() {
        return options.indexOf('n') >= 0;
    }

    boolean mohIntercept() {
        return options.indexOf('m') < 0;
    }
}
